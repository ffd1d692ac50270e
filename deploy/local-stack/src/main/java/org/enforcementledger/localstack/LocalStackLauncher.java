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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local run: PostgreSQL, Kafka and the three services on fixed ports, data kept in a local folder, stopped
 * cleanly on Ctrl-C.
 *
 * <p>
 * Settings (environment): {@code LEDGER_DATA_DIR} (default {@code deploy/.data}), {@code LEDGER_POSTGRES_PORT}
 * (5432), {@code LEDGER_KAFKA_PORT} (9092), {@code LEDGER_KAFKA_CONTROLLER_PORT} (9093), and the services' standard
 * settings ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code QUARKUS_DATASOURCE_JDBC_URL}, ...) to use servers of your own.
 */
public final class LocalStackLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private record Service(String name, int port) {
        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    private static final List<Service> SERVICES = List.of(
            new Service("personnel-service", 8081),
            new Service("case-service", 8082),
            new Service("report-service", 8083));

    private static volatile boolean stopping;

    private LocalStackLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
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

        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(processes, infrastructure), "ledger-shutdown"));

        for (Service service : SERVICES) {
            processes.add(startService(root, service, infrastructure, tokens));
        }
        for (Service service : SERVICES) {
            awaitReady(service);
        }
        log(String.format("Enforcement Ledger is up in %.1f s: personnel http://localhost:8081, "
                + "case http://localhost:8082, report http://localhost:8083 (Swagger UI at /q/swagger-ui). "
                + "Mint a token with deploy/token. Ctrl-C stops everything.", (System.nanoTime() - started) / 1e9));

        for (Process process : processes) {
            int exit = process.waitFor();
            if (!stopping) {
                log("a service exited with code " + exit + "; stopping the rest");
                System.exit(exit == 0 ? 1 : exit);
            }
        }
    }

    /** Where the local run keeps the key its tokens are signed with ({@code deploy/token} reads it too). */
    static Path keyDir(Path dataDir) {
        return dataDir.resolve("keys");
    }

    private static Process startService(Path root, Service service, LocalInfrastructure infrastructure,
            LocalTokenIssuer tokens) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", service.jar(root).toString());
        builder.environment().putAll(infrastructure.serviceEnvironment());
        // The user's own OIDC provider (QUARKUS_OIDC_AUTH_SERVER_URL) replaces the local key.
        if (System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL") == null) {
            builder.environment().putAll(tokens.verificationEnvironment());
        }
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        // A local run answers on this machine only, unless the user says otherwise.
        builder.environment().putIfAbsent("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Thread pump = new Thread(() -> prefixOutput(service.name(), process), service.name() + "-log");
        pump.setDaemon(true);
        pump.start();
        return process;
    }

    private static void prefixOutput(String name, Process process) {
        String prefix = "[" + name.replace("-service", "") + "] ";
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

    private static void awaitReady(Service service) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        fail(service.name() + " did not become ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private static void stopAll(List<Process> processes, LocalInfrastructure infrastructure) {
        stopping = true;
        log("stopping the services");
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
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
