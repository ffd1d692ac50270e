package org.enforcementledger.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The supervision of the local run, with fake processes and a back-off of milliseconds. */
class SupervisorTest {

    private static final RestartPolicy FAST = new RestartPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 3,
            Duration.ofMinutes(1));

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> restarted = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(FAST, System::nanoTime, log::add,
            member -> restarted.add(member.name()));

    @AfterEach
    void stop() {
        supervisor.stop(Duration.ofSeconds(1));
    }

    @Test
    void aDeadServiceIsStartedAgainAndTheLogSaysSoWithItsExitCode() throws Exception {
        FakeService report = new FakeService(1000);
        FakeService cases = new FakeService(2000);
        supervisor.start(List.of(report.member("report-service:8083"), cases.member("case-service:8082")));

        report.last().die(137);

        awaitTrue(() -> report.starts.get() == 2);
        awaitTrue(() -> restarted.size() == 1);
        assertThat(restarted).containsExactly("report-service:8083");
        assertThat(log).containsExactly(
                "report-service:8083, pid 1001 exited with code 137; restarting in 10 ms (restart 1 of at most 3 within 1 min)",
                "report-service:8083 started again (pid 1002)");
        assertThat(cases.starts.get()).isEqualTo(1);
        assertThat(supervisor.running()).hasSize(2);
        assertThat(supervisor.gaveUp()).isNotDone();
    }

    @Test
    void eachFurtherDeathWithinTheWindowWaitsTwiceAsLong() throws Exception {
        FakeService report = new FakeService(1000);
        supervisor.start(List.of(report.member("report-service:8083")));

        report.last().die(1);
        awaitTrue(() -> report.starts.get() == 2);
        report.last().die(1);
        awaitTrue(() -> report.starts.get() == 3);
        report.last().die(1);
        awaitTrue(() -> report.starts.get() == 4);

        assertThat(log).filteredOn(line -> line.contains("exited")).containsExactly(
                "report-service:8083, pid 1001 exited with code 1; restarting in 10 ms (restart 1 of at most 3 within 1 min)",
                "report-service:8083, pid 1002 exited with code 1; restarting in 20 ms (restart 2 of at most 3 within 1 min)",
                "report-service:8083, pid 1003 exited with code 1; restarting in 40 ms (restart 3 of at most 3 within 1 min)");
    }

    @Test
    void aServiceThatKeepsDyingMakesTheSupervisorGiveUpWithTheReason() throws Exception {
        FakeService report = new FakeService(1000);
        FakeService cases = new FakeService(2000);
        supervisor.start(List.of(report.member("report-service:8083"), cases.member("case-service:8082")));

        for (int death = 1; death <= 3; death++) {
            int starts = death + 1;
            report.last().die(3);
            awaitTrue(() -> report.starts.get() == starts);
        }
        report.last().die(3);

        assertThat(supervisor.gaveUp().get(5, TimeUnit.SECONDS))
                .isEqualTo("report-service:8083 died 4 times within 1 min (last exit code 3)");
        Thread.sleep(100);
        assertThat(report.starts.get()).isEqualTo(4);
        assertThat(cases.last().terminated).isFalse();
    }

    @Test
    void aServiceThatCannotBeStartedCountsAsDead() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Supervisor.Member broken = new Supervisor.Member("case-service:8082", () -> {
            attempts.incrementAndGet();
            throw new java.io.IOException("no such file: case-service/target/quarkus-app/quarkus-run.jar");
        });
        supervisor.start(List.of(broken));

        assertThat(supervisor.gaveUp().get(5, TimeUnit.SECONDS))
                .isEqualTo("case-service:8082 died 4 times within 1 min (last exit code -1)");
        assertThat(attempts.get()).isEqualTo(4);
        assertThat(log).first().isEqualTo(
                "case-service:8082 could not be started: no such file: case-service/target/quarkus-app/quarkus-run.jar");
    }

    @Test
    void stopTerminatesEveryProcessAndRestartsNone() throws Exception {
        FakeService report = new FakeService(1000);
        FakeService cases = new FakeService(2000);
        supervisor.start(List.of(report.member("report-service:8083"), cases.member("case-service:8082")));

        supervisor.stop(Duration.ofSeconds(1));

        assertThat(report.last().terminated).isTrue();
        assertThat(cases.last().terminated).isTrue();
        assertThat(report.last().killed).isFalse();
        Thread.sleep(100);
        assertThat(report.starts.get()).isEqualTo(1);
        assertThat(cases.starts.get()).isEqualTo(1);
        assertThat(log).isEmpty();
    }

    @Test
    void stopKillsAProcessThatIgnoresTheRequestToStop() {
        FakeService stubborn = new FakeService(1000);
        stubborn.ignoresTerminate = true;
        supervisor.start(List.of(stubborn.member("personnel-service:8081")));

        supervisor.stop(Duration.ofMillis(50));

        assertThat(stubborn.last().killed).isTrue();
        assertThat(stubborn.starts.get()).isEqualTo(1);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }

    /** A service whose processes die when the test says so. */
    private static final class FakeService {
        final AtomicInteger starts = new AtomicInteger();
        final AtomicLong pids;
        volatile FakeProcess last;
        volatile boolean ignoresTerminate;

        FakeService(long firstPid) {
            pids = new AtomicLong(firstPid);
        }

        Supervisor.Member member(String name) {
            return new Supervisor.Member(name, () -> {
                starts.incrementAndGet();
                last = new FakeProcess(pids.incrementAndGet(), ignoresTerminate);
                return last;
            });
        }

        FakeProcess last() {
            return last;
        }
    }

    private static final class FakeProcess implements Supervisor.RunningProcess {
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();
        private final long pid;
        private final boolean ignoresTerminate;
        volatile boolean terminated;
        volatile boolean killed;

        FakeProcess(long pid, boolean ignoresTerminate) {
            this.pid = pid;
            this.ignoresTerminate = ignoresTerminate;
        }

        void die(int code) {
            exit.complete(code);
        }

        @Override
        public CompletableFuture<Integer> onExit() {
            return exit;
        }

        @Override
        public void terminate() {
            terminated = true;
            if (!ignoresTerminate) {
                exit.complete(143);
            }
        }

        @Override
        public void kill() {
            killed = true;
            exit.complete(137);
        }

        @Override
        public long pid() {
            return pid;
        }
    }
}
