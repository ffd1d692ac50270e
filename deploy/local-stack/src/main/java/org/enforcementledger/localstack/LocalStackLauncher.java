package org.enforcementledger.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The local run: PostgreSQL, Kafka and the three services on fixed ports, data kept in a local folder, stopped
 * cleanly on Ctrl-C.
 *
 * <p>
 * The services are supervised ({@link Supervisor}): one that dies is started again after a back-off of 1 s, 2 s,
 * 4 s, ... and the log says so with its exit code; one that dies more than 5 times within 2 minutes stops everything,
 * with the reason.
 *
 * <p>
 * Arguments: {@code --instances case=2,personnel=2} starts further instances of a service on the ports 10 and 20 above
 * its own (8092, 8102, ...). Only personnel-service and case-service may run several instances: their outbox relays
 * elect one publisher. report-service runs as one instance, since its consumer, summary cache and rebuild assume
 * they are alone (issue #13).
 *
 * <p>
 * Settings (environment): {@code LEDGER_DATA_DIR} (default {@code deploy/.data}), {@code LEDGER_POSTGRES_PORT}
 * (5432), {@code LEDGER_KAFKA_PORT} (9092), {@code LEDGER_KAFKA_CONTROLLER_PORT} (9093), and the services' standard
 * settings ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code QUARKUS_DATASOURCE_JDBC_URL}, ...) to use servers of your own.
 */
public final class LocalStackLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int INSTANCE_PORT_STEP = 10;

    record Service(String name, int port, boolean multiInstance) {
        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        /** The short name used on the command line and in the log prefix: {@code case} for case-service. */
        String shortName() {
            return name.replace("-service", "");
        }
    }

    /** One process of a service: the n-th instance listens {@code 10 × n} above the service's port. */
    record Instance(Service service, int port) {
        String label() {
            return service.name() + ":" + port;
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("personnel-service", 8081, true),
            new Service("case-service", 8082, true),
            new Service("report-service", 8083, false));

    private LocalStackLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        List<Instance> instances;
        try {
            instances = instances(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("LEDGER_HOME", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env.getOrDefault("LEDGER_DATA_DIR", root.resolve("deploy/.data").toString()));
        for (Service service : SERVICES) {
            if (!Files.isRegularFile(service.jar(root))) {
                fail(service.jar(root) + " is missing: build first (./mvnw package -DskipTests), or use deploy/run.");
            }
        }

        LocalInfrastructure.Ports ports = new LocalInfrastructure.Ports(
                intSetting(env, "LEDGER_POSTGRES_PORT", 5432),
                intSetting(env, "LEDGER_KAFKA_PORT", 9092),
                intSetting(env, "LEDGER_KAFKA_CONTROLLER_PORT", 9093));
        log("starting PostgreSQL and Kafka (data in " + dataDir + ")");
        LocalInfrastructure infrastructure = LocalInfrastructure.start(dataDir, ports, true, env);
        LocalTokenIssuer tokens = LocalTokenIssuer.loadOrCreate(keyDir(dataDir));
        log("PostgreSQL " + infrastructure.jdbcUrl() + (infrastructure.embeddedPostgres() ? " (embedded)" : " (yours)"));
        log("Kafka " + infrastructure.bootstrapServers()
                + (infrastructure.embeddedKafka().isPresent() ? " (embedded, KRaft)" : " (yours)"));

        Map<Supervisor.Member, Instance> members = new LinkedHashMap<>();
        for (Instance instance : instances) {
            members.put(new Supervisor.Member(instance.label(),
                    () -> startService(root, instance, infrastructure, tokens)), instance);
        }
        Supervisor supervisor = new Supervisor(RestartPolicy.DEFAULT, System::nanoTime, LocalStackLauncher::log,
                member -> awaitReadyAgain(members.get(member)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(supervisor, infrastructure), "ledger-shutdown"));
        supervisor.start(List.copyOf(members.keySet()));

        for (Instance instance : instances) {
            if (!awaitReady(instance, supervisor.gaveUp())) {
                if (!supervisor.gaveUp().isDone()) {
                    fail(instance.label() + " did not become ready within " + READY_TIMEOUT.toSeconds() + " s");
                }
                break;
            }
        }
        if (!supervisor.gaveUp().isDone()) {
            log(String.format("Enforcement Ledger is up in %.1f s: %s (Swagger UI at /q/swagger-ui). "
                    + "Mint a token with deploy/token. Ctrl-C stops everything.",
                    (System.nanoTime() - started) / 1e9, addresses(instances)));
        }
        String reason = supervisor.gaveUp().get();
        log(reason + "; giving up and stopping everything");
        System.exit(1);
    }

    /**
     * The instances to start: one of each service, plus those {@code --instances name=count,...} asks for.
     *
     * @throws IllegalArgumentException for an unknown argument or service, or several report-service instances
     */
    static List<Instance> instances(String[] args) {
        Map<Service, Integer> counts = new LinkedHashMap<>();
        SERVICES.forEach(service -> counts.put(service, 1));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.startsWith("--instances=")) {
                value = arg.substring("--instances=".length());
            } else if (arg.equals("--instances") && i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg
                        + "; usage: deploy/run [--no-build] [--instances personnel=N,case=N]");
            }
            for (String entry : value.split(",")) {
                String[] nameAndCount = entry.trim().split("=", 2);
                Service service = SERVICES.stream()
                        .filter(s -> s.shortName().equals(nameAndCount[0]) || s.name().equals(nameAndCount[0]))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + nameAndCount[0]
                                + "' in --instances; known: personnel, case, report"));
                int count;
                try {
                    count = nameAndCount.length == 2 ? Integer.parseInt(nameAndCount[1].trim()) : -1;
                } catch (NumberFormatException e) {
                    count = -1;
                }
                if (count < 1 || count > 9) {
                    throw new IllegalArgumentException("--instances " + entry + ": give a count from 1 to 9, e.g. "
                            + service.shortName() + "=2");
                }
                if (count > 1 && !service.multiInstance()) {
                    throw new IllegalArgumentException(service.name() + " runs as one instance for now: its "
                            + "consumer, summary cache and rebuild assume they are alone (issue #13)");
                }
                counts.put(service, count);
            }
        }
        List<Instance> instances = new ArrayList<>();
        counts.forEach((service, count) -> {
            for (int n = 0; n < count; n++) {
                instances.add(new Instance(service, service.port() + n * INSTANCE_PORT_STEP));
            }
        });
        return instances;
    }

    /** Where the local run keeps the key its tokens are signed with ({@code deploy/token} reads it too). */
    static Path keyDir(Path dataDir) {
        return dataDir.resolve("keys");
    }

    private static Supervisor.RunningProcess startService(Path root, Instance instance,
            LocalInfrastructure infrastructure, LocalTokenIssuer tokens) throws IOException {
        Service service = instance.service();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", service.jar(root).toString());
        builder.environment().putAll(infrastructure.serviceEnvironment());
        // The user's own OIDC provider (QUARKUS_OIDC_AUTH_SERVER_URL) replaces the local key.
        if (System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL") == null) {
            builder.environment().putAll(tokens.verificationEnvironment());
        }
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(instance.port()));
        // A local run answers on this machine only, unless the user says otherwise.
        builder.environment().putIfAbsent("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String prefix = "[" + service.shortName()
                + (instance.port() == service.port() ? "" : ":" + instance.port()) + "] ";
        Thread pump = new Thread(() -> prefixOutput(prefix, process), instance.label() + "-log");
        pump.setDaemon(true);
        pump.start();
        return new OsProcess(process);
    }

    /** A child process of this JVM. */
    private record OsProcess(Process process) implements Supervisor.RunningProcess {
        @Override
        public CompletableFuture<Integer> onExit() {
            return process.onExit().thenApply(Process::exitValue);
        }

        @Override
        public void terminate() {
            process.destroy();
        }

        @Override
        public void kill() {
            process.destroyForcibly();
        }

        @Override
        public long pid() {
            return process.pid();
        }
    }

    private static void prefixOutput(String prefix, Process process) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println(prefix + line);
            }
        } catch (IOException ignored) {
            // The process is gone; its output ends here.
        }
    }

    /** Waits until the instance answers ready; false if it did not in time, or the supervisor gave up meanwhile. */
    private static boolean awaitReady(Instance instance, CompletableFuture<String> gaveUp)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + instance.port() + "/q/health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (gaveUp.isDone()) {
                return false;
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static void awaitReadyAgain(Instance instance) {
        Thread waiter = new Thread(() -> {
            long started = System.nanoTime();
            try {
                if (awaitReady(instance, new CompletableFuture<>())) {
                    log(String.format("%s is ready again after %.1f s", instance.label(),
                            (System.nanoTime() - started) / 1e9));
                } else {
                    log(instance.label() + " is not ready " + READY_TIMEOUT.toSeconds() + " s after its restart");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, instance.label() + "-ready");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static String addresses(List<Instance> instances) {
        Map<Service, List<String>> byService = new LinkedHashMap<>();
        for (Instance instance : instances) {
            byService.computeIfAbsent(instance.service(), s -> new ArrayList<>())
                    .add("http://localhost:" + instance.port());
        }
        List<String> parts = new ArrayList<>();
        byService.forEach((service, urls) -> parts.add(service.shortName() + " " + String.join(", ", urls)));
        return String.join("; ", parts);
    }

    private static void stopAll(Supervisor supervisor, LocalInfrastructure infrastructure) {
        log("stopping the services");
        supervisor.stop(STOP_TIMEOUT);
        log("stopping Kafka and PostgreSQL");
        infrastructure.close();
        log("stopped; data kept for the next run");
    }

    private static int intSetting(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }

    private static void log(String message) {
        System.out.println("[ledger] " + message);
    }

    private static void fail(String message) {
        System.err.println("[ledger] " + message);
        System.exit(2);
    }
}
