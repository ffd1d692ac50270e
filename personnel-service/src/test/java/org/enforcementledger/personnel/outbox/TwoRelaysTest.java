package org.enforcementledger.personnel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.EventCapture;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

/**
 * A second instance of the service runs a second relay against the same table: together they still publish every event
 * once per success, in order per aggregate, because only the holder of the advisory lock publishes.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class TwoRelaysTest {

    @Inject
    EventPublisher publisher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxSettings settings;

    @Test
    void twoRelaysTogetherKeepEachAggregatesOrder() throws Exception {
        OutboxRelay second = new OutboxRelay(dataSource, kafkaConfig, settings, new SimpleMeterRegistry());
        List<String> aggregates = List.of("two-relays-a-" + System.nanoTime(), "two-relays-b-" + System.nanoTime());
        try (EventCapture capture = new EventCapture()) {
            second.onStart(null);
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Void>> work = new ArrayList<>();
                for (String aggregate : aggregates) {
                    work.add(() -> {
                        for (int i = 0; i < 100; i++) {
                            int n = i;
                            QuarkusTransaction.requiringNew().run(() -> publisher.publish("officer.registered.v1",
                                    aggregate, "500112-dawan", Map.of("n", n)));
                        }
                        return null;
                    });
                }
                for (Future<Void> done : writers.invokeAll(work)) {
                    done.get();
                }
            } finally {
                writers.shutdownNow();
            }

            List<EventCapture.Captured> events = capture.awaitUntil(Duration.ofSeconds(30), all -> aggregates.stream()
                    .allMatch(a -> EventCapture.forSubject(all, a).stream().map(EventCapture.Captured::id).distinct()
                            .count() == 100));
            for (String aggregate : aggregates) {
                List<Integer> order = new ArrayList<>();
                for (EventCapture.Captured event : EventCapture.forSubject(events, aggregate)) {
                    int n = event.data().path("n").asInt();
                    if (!order.contains(n)) {
                        order.add(n);
                    }
                }
                assertThat(order).as("first appearance of each event of %s", aggregate)
                        .isSortedAccordingTo(Integer::compare).hasSize(100);
            }
        } finally {
            second.onStop(null);
        }
    }
}
