package org.enforcementledger.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), bound to loopback.
 *
 * <p>
 * It keeps its ports across {@link #stop()} and {@link #start()}, so clients that were configured with its bootstrap
 * address reconnect after a restart — which is what the outbox tests rely on. Data survives a restart because the log
 * directory is formatted only once ({@code --ignore-formatted}).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** A fixed cluster id, so that a data directory formatted by one run is accepted by the next. */
    private static final String CLUSTER_ID = "ZW5mb3JjZW1lbnRsZWRnZQ";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties();
            Path configFile = logDir.resolveSibling(logDir.getFileName() + ".properties");
            try (var out = Files.newOutputStream(configFile)) {
                props.store(out, "Enforcement Ledger embedded Kafka broker");
            }
            format(configFile);
            KafkaRaftServer raftServer = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka log directory " + logDir, e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        // Topics are created explicitly by the services, with their partition counts and retention.
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] { "format", "--config", configFile.toString(),
                    "--cluster-id", CLUSTER_ID, "--ignore-formatted" }, printStream);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }
}
