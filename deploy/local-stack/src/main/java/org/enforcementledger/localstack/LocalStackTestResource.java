package org.enforcementledger.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: real PostgreSQL and Kafka for a test run, started once per JVM and handed to the service
 * under test through its standard configuration properties.
 *
 * <p>
 * Set {@code KAFKA_BOOTSTRAP_SERVERS} or {@code QUARKUS_DATASOURCE_JDBC_URL} to run the tests against servers of your
 * own; tests that need to stop the broker then skip themselves (see {@link #embeddedKafka()}).
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalInfrastructure infrastructure;
    private static final LocalTokenIssuer TOKENS = LocalTokenIssuer.ephemeral();

    @Override
    public synchronized Map<String, String> start() {
        if (infrastructure == null) {
            Path dataDir = createTempDir();
            infrastructure = LocalInfrastructure.start(dataDir, LocalInfrastructure.Ports.any(), false, System.getenv());
        }
        Map<String, String> properties = new LinkedHashMap<>(infrastructure.serviceProperties());
        properties.putAll(TOKENS.verificationProperties());
        return properties;
    }

    /** Signs the tokens the service under test accepts. */
    public static LocalTokenIssuer tokens() {
        return TOKENS;
    }

    @Override
    public synchronized void stop() {
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }

    /** The running infrastructure, for tests that talk to Kafka or PostgreSQL directly. */
    public static synchronized LocalInfrastructure infrastructure() {
        if (infrastructure == null) {
            throw new IllegalStateException("LocalStackTestResource has not been started");
        }
        return infrastructure;
    }

    /** The embedded broker, for tests that stop and restart it; absent against an external Kafka. */
    public static Optional<EmbeddedKafkaBroker> embeddedKafka() {
        return infrastructure().embeddedKafka();
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("ledger-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
