package org.enforcementledger.report.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.consumer.ConsumerSettings;
import org.enforcementledger.report.consumer.EventConsumer;
import org.enforcementledger.report.consumer.OffsetStore;
import org.enforcementledger.report.rebuild.Rebuild;
import org.enforcementledger.report.security.Roles;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

@Path("/api/v1/reports/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class StatusResource {

    private static final Logger LOG = Logger.getLogger(StatusResource.class);

    @Schema(name = "PartitionLag")
    public record PartitionLag(String topic, int partition, long nextOffset, Long endOffset, Long lag) {
    }

    @Schema(name = "ConsumerStatus")
    public record Status(long eventsApplied, long duplicatesSkipped, long deadLettered, OffsetDateTime lastEventTime,
            OffsetDateTime lastAppliedAt, boolean consumerRunning,
            @Schema(description = "Events on the topics not yet applied; null when Kafka cannot be reached") Long lag,
            List<PartitionLag> partitions,
            @Schema(description = "The last rebuild since start-up, if any") Rebuild.Progress rebuild) {
    }

    private final EventConsumer consumer;
    private final OffsetStore offsets;
    private final Rebuild rebuild;
    private final ConsumerSettings settings;
    private final Map<String, Object> kafkaConfig;

    public StatusResource(EventConsumer consumer, OffsetStore offsets, Rebuild rebuild, ConsumerSettings settings,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.consumer = consumer;
        this.offsets = offsets;
        this.rebuild = rebuild;
        this.settings = settings;
        this.kafkaConfig = kafkaConfig;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "Consumer progress", description = "Events applied, last event time, lag behind the topics, "
            + "the dead-lettered count, and the progress of a rebuild.")
    public Status status() {
        ConsumerState state = ConsumerState.current();
        Map<TopicPartition, Long> stored = offsets.stored();
        Map<TopicPartition, Long> ends = endOffsets();
        List<PartitionLag> partitions = new ArrayList<>();
        Long totalLag = ends == null ? null : 0L;
        Map<TopicPartition, Long> all = new HashMap<>(stored);
        if (ends != null) {
            ends.keySet().forEach(tp -> all.putIfAbsent(tp, 0L));
        }
        for (Map.Entry<TopicPartition, Long> entry : all.entrySet()) {
            Long end = ends == null ? null : ends.get(entry.getKey());
            Long lag = end == null ? null : Math.max(0, end - entry.getValue());
            if (totalLag != null && lag != null) {
                totalLag += lag;
            }
            partitions.add(new PartitionLag(entry.getKey().topic(), entry.getKey().partition(), entry.getValue(), end,
                    lag));
        }
        partitions.sort(Comparator.comparing(PartitionLag::topic).thenComparing(PartitionLag::partition));
        return new Status(state.eventsApplied, state.duplicatesSkipped, state.deadLettered, state.lastEventTime,
                state.lastAppliedAt, consumer.isRunning(), totalLag, partitions, rebuild.progress());
    }

    private Map<TopicPartition, Long> endOffsets() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (var description : admin.describeTopics(settings.topics()).allTopicNames().get(3, TimeUnit.SECONDS)
                    .values()) {
                description.partitions().forEach(
                        p -> request.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(3, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (Exception e) {
            LOG.debugf("Cannot read end offsets: %s", e.toString());
            return null;
        }
    }
}
