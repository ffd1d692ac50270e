package org.enforcementledger.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL and Kafka for the tests and the local run: the user's own servers where the standard settings name them,
 * otherwise real embedded ones on loopback.
 *
 * <p>
 * The standard settings are those the services read themselves: {@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code QUARKUS_DATASOURCE_USERNAME} and {@code QUARKUS_DATASOURCE_PASSWORD}.
 * When one is set, the matching embedded server does not start.
 */
public final class LocalInfrastructure implements AutoCloseable {

    public static final String DATABASE = "ledger";

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String bootstrapServers;

    private LocalInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, String jdbcUrl,
            String username, String password, String bootstrapServers) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * @param dataDir where embedded servers keep their data ({@code postgres/} and {@code kafka/} below it)
     * @param ports the ports of embedded servers; 0 picks free ones
     * @param keepData reuse existing data (local run) or start empty (tests)
     */
    public static LocalInfrastructure start(Path dataDir, Ports requested, boolean keepData, Map<String, String> env) {
        Ports ports = requested.resolved();
        String externalJdbcUrl = blankToNull(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        String externalKafka = blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS"));

        EmbeddedPostgresServer postgres = null;
        EmbeddedKafkaBroker kafka = null;
        try {
            String jdbcUrl;
            String username;
            String password;
            if (externalJdbcUrl != null) {
                jdbcUrl = externalJdbcUrl;
                username = env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
                password = env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
            } else {
                postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), ports.postgres(),
                        keepData);
                postgres.ensureDatabase(DATABASE);
                jdbcUrl = postgres.jdbcUrl(DATABASE);
                username = EmbeddedPostgresServer.USER;
                password = EmbeddedPostgresServer.PASSWORD;
            }
            String bootstrapServers;
            if (externalKafka != null) {
                bootstrapServers = externalKafka;
            } else {
                kafka = new EmbeddedKafkaBroker(dataDir.resolve("kafka"), ports.kafka(),
                        ports.kafkaController()).start();
                bootstrapServers = kafka.bootstrapServers();
            }
            return new LocalInfrastructure(postgres, kafka, jdbcUrl, username, password, bootstrapServers);
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    /** The settings a service needs, as Quarkus configuration properties. */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl);
        properties.put("quarkus.datasource.username", username);
        properties.put("quarkus.datasource.password", password);
        return properties;
    }

    /** The same settings as environment variables, for services started as separate processes. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", username);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", password);
        return environment;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The embedded broker, absent when the user supplied a Kafka of their own. */
    public Optional<EmbeddedKafkaBroker> embeddedKafka() {
        return Optional.ofNullable(kafka);
    }

    public boolean embeddedPostgres() {
        return postgres != null;
    }

    @Override
    public void close() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Ports for the embedded servers; 0 means "any free port". */
    public record Ports(int postgres, int kafka, int kafkaController) {

        public static Ports any() {
            return new Ports(0, 0, 0);
        }

        /**
         * Fixed ports stay; each 0 becomes a free port. The sockets that find them are held open together, so that
         * the three are distinct (one closed right away may be handed out again at once).
         */
        Ports resolved() {
            List<ServerSocket> held = new ArrayList<>();
            try {
                return new Ports(free(postgres, held), free(kafka, held), free(kafkaController, held));
            } finally {
                for (ServerSocket socket : held) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // Only a probe.
                    }
                }
            }
        }

        private static int free(int port, List<ServerSocket> held) {
            if (port != 0) {
                return port;
            }
            try {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free port on loopback", e);
            }
        }
    }
}
