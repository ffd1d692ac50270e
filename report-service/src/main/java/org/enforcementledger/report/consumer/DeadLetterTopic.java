package org.enforcementledger.report.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/**
 * Copies records that can never be applied to the dead-letter topic — same key, same value, the original headers,
 * plus the reason and where the record came from — each record once.
 *
 * <p>
 * A copy is sent before the transaction that moves the stored offsets past its record commits, so that no record is
 * lost; if that transaction then fails (the database went away, the service crashed), the record comes round again.
 * It is not copied again: copies made since the stored offsets are remembered, and learnt from the topic itself after
 * a restart, before the first copy.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final int REMEMBERED_AT_MOST = 100_000;

    private final Map<String, Object> kafkaConfig;
    private final ConsumerSettings settings;
    private final OffsetStore offsets;

    private KafkaProducer<byte[], byte[]> producer;
    /** The records copied at or past the stored offsets; null until read from the topic. */
    private Set<String> copied;

    public DeadLetterTopic(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            ConsumerSettings settings, OffsetStore offsets) {
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.offsets = offsets;
    }

    /** Copies the record with the reason, unless it was copied before. Throws when the topic cannot be written. */
    synchronized void copyOnce(ConsumerRecord<byte[], byte[]> record, String reason) {
        if (copied == null || copied.size() > REMEMBERED_AT_MOST) {
            copied = copiedPastStoredOffsets();
        }
        String source = source(record.topic(), record.partition(), record.offset());
        if (copied.contains(source)) {
            LOG.debugf("%s was dead-lettered before; not copied again", source);
            return;
        }
        LOG.warnf("Dead-lettering %s: %s", source, reason);
        ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(settings.deadLetterTopic(), record.key(),
                record.value());
        record.headers().forEach(h -> copy.headers().add(h));
        copy.headers().add("dlt-reason", utf8(reason.length() > 2000 ? reason.substring(0, 2000) : reason));
        copy.headers().add("dlt-original-topic", utf8(record.topic()));
        copy.headers().add("dlt-original-partition", utf8(Integer.toString(record.partition())));
        copy.headers().add("dlt-original-offset", utf8(Long.toString(record.offset())));
        copy.headers().add("dlt-consumer-group", utf8(settings.groupId()));
        copy.headers().add("dlt-failed-at", utf8(OffsetDateTime.now().toString()));
        try {
            producer().send(copy).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write to dead-letter topic " + settings.deadLetterTopic(), e);
        }
        copied.add(source);
    }

    /** Closes the producer and forgets the copies: the next copy reads them from the topic again. */
    synchronized void close() {
        copied = null;
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /**
     * The copies this consumer group made of records at or past the stored offsets: those whose batch never committed.
     * Dead letters are few, so the topic is read from its beginning.
     */
    private Set<String> copiedPastStoredOffsets() {
        Map<TopicPartition, Long> stored = offsets.stored();
        Set<String> found = new HashSet<>();
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-dead-letter-reader");
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(settings.deadLetterTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Cannot read dead-letter topic " + settings.deadLetterTopic());
                }
                for (ConsumerRecord<byte[], byte[]> copy : reader.poll(Duration.ofMillis(200))) {
                    String topic = header(copy, "dlt-original-topic");
                    String partition = header(copy, "dlt-original-partition");
                    String offset = header(copy, "dlt-original-offset");
                    if (!settings.groupId().equals(header(copy, "dlt-consumer-group")) || topic == null
                            || partition == null || offset == null) {
                        continue;
                    }
                    TopicPartition original = new TopicPartition(topic, Integer.parseInt(partition));
                    if (Long.parseLong(offset) >= stored.getOrDefault(original, 0L)) {
                        found.add(source(topic, original.partition(), Long.parseLong(offset)));
                    }
                }
            }
        }
        return found;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-dead-letter");
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static String source(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
