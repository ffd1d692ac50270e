package org.enforcementledger.report.consumer;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The event consumer's settings ({@code ledger.consumer.*}). */
@ConfigMapping(prefix = "ledger.consumer")
public interface ConsumerSettings {

    @WithDefault("true")
    boolean enabled();

    /** The topics whose events feed the aggregates. */
    List<String> topics();

    @WithDefault("report-service")
    String groupId();

    /** Where records that can never be applied go (poison, or failing to apply), with the reason in headers. */
    String deadLetterTopic();

    /** Partitions for topics this service creates when missing; the producers use the same count. */
    @WithDefault("6")
    int topicPartitions();

    @WithDefault("1")
    short topicReplicationFactor();

    /**
     * Records applied per database transaction at most. A replay applies full polls, and each transaction has a fixed
     * cost (a commit, a query per projection table), so larger polls replay faster; live events arrive a few at a time
     * whatever the limit.
     */
    @WithDefault("5000")
    int maxPollRecords();

    /** Bytes fetched per partition and request: enough that a replay's poll fills {@link #maxPollRecords}. */
    @WithDefault("4194304")
    int maxPartitionFetchBytes();

    @WithDefault("200ms")
    Duration pollTimeout();
}
