package org.enforcementledger.report.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The live figures as the target of the consumer's batches: records that can never be applied are copied to the
 * dead-letter topic, readers learn of every commit ({@link FiguresVersion}), and the metrics count what was applied.
 */
@ApplicationScoped
class LiveFigures implements BatchApplier.Target {

    private final DeadLetterTopic deadLetters;
    private final FiguresVersion figuresVersion;
    private final Counter appliedCounter;
    private final Counter duplicateCounter;
    private final Counter deadLetterCounter;

    public LiveFigures(DeadLetterTopic deadLetters, FiguresVersion figuresVersion, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.figuresVersion = figuresVersion;
        this.appliedCounter = Counter.builder("ledger.events.applied")
                .description("Events applied to the aggregates").register(registry);
        this.duplicateCounter = Counter.builder("ledger.events.duplicates")
                .description("Events skipped because they were applied before").register(registry);
        this.deadLetterCounter = Counter.builder("ledger.events.dead.lettered")
                .description("Records sent to the dead-letter topic: poison, or failing to apply").register(registry);
    }

    @Override
    public void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
        deadLetters.copyOnce(record, reason);
    }

    /** Before and after the commit: a summary computed while it lands is never kept as current. */
    @Override
    public void committing() {
        figuresVersion.changed();
    }

    @Override
    public void committed(BatchApplier.Applied applied) {
        figuresVersion.changed();
        appliedCounter.increment(applied.applied());
        duplicateCounter.increment(applied.duplicates());
        deadLetterCounter.increment(applied.deadLettered());
    }
}
