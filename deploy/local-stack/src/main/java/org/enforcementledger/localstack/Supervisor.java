package org.enforcementledger.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Watches every service process of the local run at once: one that dies is started again after the back-off of its
 * {@link RestartPolicy}, and said so in the log with its exit code; one that keeps dying stops the supervision with
 * the reason ({@link #gaveUp()}), and the launcher then stops everything.
 *
 * <p>
 * Deaths are handled one at a time on the supervisor's own thread, so the launcher's main thread may wait for the
 * services to become ready meanwhile.
 */
public final class Supervisor {

    /** A running service process, as far as supervision needs it. */
    public interface RunningProcess {
        /** Completes with the exit code when the process has ended, however it ended. */
        CompletableFuture<Integer> onExit();

        /** Asks the process to stop (SIGTERM). */
        void terminate();

        /** Ends the process at once (SIGKILL). */
        void kill();

        long pid();
    }

    /** Starts one instance of a service. */
    @FunctionalInterface
    public interface Launch {
        RunningProcess start() throws Exception;
    }

    /** One supervised service instance: a name for the log (e.g. {@code case-service:8092}) and how to start it. */
    public record Member(String name, Launch launch) {
    }

    private record Death(Member member, RunningProcess process, int exitCode) {
    }

    private static final Death WAKE_UP = new Death(null, null, 0);

    private final RestartPolicy policy;
    private final LongSupplier nanoClock;
    private final Consumer<String> log;
    private final Consumer<Member> onRestarted;
    private final Map<Member, RunningProcess> running = new LinkedHashMap<>();
    private final Map<Member, RestartPolicy.History> histories = new LinkedHashMap<>();
    private final BlockingQueue<Death> deaths = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(daemon("ledger-restart"));
    private final CompletableFuture<String> gaveUp = new CompletableFuture<>();
    private volatile boolean stopping;

    /**
     * @param nanoClock a monotonic clock, as {@link System#nanoTime()}
     * @param onRestarted called after a member was started again (e.g. to log when it is ready)
     */
    public Supervisor(RestartPolicy policy, LongSupplier nanoClock, Consumer<String> log, Consumer<Member> onRestarted) {
        this.policy = policy;
        this.nanoClock = nanoClock;
        this.log = log;
        this.onRestarted = onRestarted;
    }

    /** Starts every member, then watches them; a member that cannot be started counts as dead (exit code -1). */
    public void start(List<Member> members) {
        for (Member member : members) {
            histories.put(member, new RestartPolicy.History());
            launch(member);
        }
        Thread watcher = daemon("ledger-supervisor").newThread(this::watch);
        watcher.start();
    }

    /** Completes with the reason when a member died too often; then nothing is restarted any more. */
    public CompletableFuture<String> gaveUp() {
        return gaveUp;
    }

    /** The processes running now, by member (a copy). */
    public synchronized Map<Member, RunningProcess> running() {
        return new LinkedHashMap<>(running);
    }

    /**
     * Stops supervising and stops every process: all are asked to stop at once, and one still running after
     * {@code timeout} is killed.
     */
    public void stop(Duration timeout) {
        List<RunningProcess> processes;
        synchronized (this) {
            stopping = true;
            processes = new ArrayList<>(running.values());
        }
        restarts.shutdownNow();
        deaths.add(WAKE_UP);
        processes.forEach(RunningProcess::terminate);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (RunningProcess process : processes) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.kill();
            }
        }
    }

    private void launch(Member member) {
        RunningProcess process;
        try {
            process = member.launch().start();
        } catch (Exception e) {
            log.accept(member.name() + " could not be started: " + e.getMessage());
            deaths.add(new Death(member, null, -1));
            return;
        }
        synchronized (this) {
            running.put(member, process);
            if (stopping) {
                // stop() took its snapshot before this process existed.
                process.kill();
                return;
            }
        }
        process.onExit().whenComplete((code, failure) -> deaths.add(
                new Death(member, process, failure == null ? code : -1)));
    }

    private void watch() {
        try {
            while (!stopping) {
                Death death = deaths.take();
                if (death == WAKE_UP || stopping) {
                    return;
                }
                synchronized (this) {
                    if (death.process() != null && running.get(death.member()) != death.process()) {
                        continue;
                    }
                    running.remove(death.member());
                }
                handle(death);
                if (gaveUp.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Death death) {
        Member member = death.member();
        String pid = death.process() == null ? "" : ", pid " + death.process().pid();
        RestartPolicy.Decision decision = policy.decide(histories.get(member), nanoClock.getAsLong());
        if (decision instanceof RestartPolicy.Restart restart) {
            log.accept(String.format("%s%s exited with code %d; restarting in %s (restart %d of at most %d within %s)",
                    member.name(), pid, death.exitCode(), human(restart.delay()), restart.attempt(),
                    policy.maxRestarts(), human(policy.window())));
            restarts.schedule(() -> {
                if (stopping) {
                    return;
                }
                launch(member);
                RunningProcess process = running().get(member);
                if (process != null) {
                    log.accept(member.name() + " started again (pid " + process.pid() + ")");
                    onRestarted.accept(member);
                }
            }, restart.delay().toNanos(), TimeUnit.NANOSECONDS);
        } else if (decision instanceof RestartPolicy.GiveUp giveUp) {
            gaveUp.complete(String.format("%s died %d times within %s (last exit code %d)", member.name(),
                    giveUp.deaths(), human(policy.window()), death.exitCode()));
        }
    }

    static String human(Duration duration) {
        if (duration.toMillis() % 60_000 == 0 && !duration.isZero()) {
            return duration.toMinutes() + " min";
        }
        if (duration.toMillis() % 1_000 == 0) {
            return duration.toSeconds() + " s";
        }
        return duration.toMillis() + " ms";
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
