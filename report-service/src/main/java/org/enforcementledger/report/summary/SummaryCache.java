package org.enforcementledger.report.summary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.enforcementledger.report.consumer.FiguresVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * The summaries as of the last applied batch, computed ({@link SummaryCalculator}) once per change of the figures and
 * served from memory. The summary endpoint, the annual report and the export all read them here.
 */
@ApplicationScoped
public class SummaryCache {

    /** A summary with its JSON as served, its entity tag (unquoted), and the figures version it was computed at. */
    public record Rendered(long version, Summary summary, byte[] json, String etag) {
    }

    private record Key(String orgUnit, int year, LocalDate today) {
    }

    private final SummaryCalculator calculator;
    private final FiguresVersion figuresVersion;
    private final Clock clock;
    private final ObjectMapper objectMapper;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "summary-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public SummaryCache(SummaryCalculator calculator, FiguresVersion figuresVersion, Clock clock,
            ObjectMapper objectMapper) {
        this.calculator = calculator;
        this.figuresVersion = figuresVersion;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** The district's summary: the sum of every town's that has figures or officers. Blocks. */
    @ActivateRequestContext
    public Summary districtSummary(int year) {
        return DistrictRollUp.of(year, AnnualFigure.orgUnits().stream().map(unit -> summary(unit, year)).toList());
    }

    /** {@link #rendered}'s summary, for callers that may block. */
    public Summary summary(String unit, int year) {
        try {
            return rendered(unit, year).toCompletableFuture().join().summary();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The summary as of the last applied batch, never blocking the caller. Dashboards read it far more often than
     * events arrive, so it is computed once per change of the figures, serialized once, and served from memory. The
     * first reader after a change waits for the new one, computed on a thread of this cache's own; readers arriving
     * while it is computed get the previous one — complete and consistent, and at most one batch old — at once.
     */
    public CompletionStage<Rendered> rendered(String unit, int year) {
        Key key = new Key(unit, year, LocalDate.now(clock));
        Entry entry = entries.get(key);
        if (entry == null) {
            if (entries.size() > 10_000) {
                entries.clear();
            }
            entry = entries.computeIfAbsent(key, Entry::new);
        }
        long version = figuresVersion.current();
        Rendered current = entry.current;
        if (current != null && (current.version() >= version || entry.computing())) {
            return CompletableFuture.completedFuture(current);
        }
        return entry.compute();
    }

    /** One key's summary: the last computed, and the computation under way, of which there is at most one. */
    private final class Entry {

        private final Key key;
        private volatile Rendered current;
        private CompletableFuture<Rendered> computing;

        Entry(Key key) {
            this.key = key;
        }

        synchronized boolean computing() {
            return computing != null;
        }

        synchronized CompletableFuture<Rendered> compute() {
            if (computing == null) {
                CompletableFuture<Rendered> result = new CompletableFuture<>();
                computing = result;
                refresher.execute(() -> run(result));
            }
            return computing;
        }

        private void run(CompletableFuture<Rendered> result) {
            // Read before the queries: a batch committing meanwhile leaves this summary behind the version.
            long version = figuresVersion.current();
            Rendered rendered = null;
            Throwable failure = null;
            try {
                rendered = render(key, version);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            synchronized (this) {
                if (rendered != null && (current == null || current.version() < version)) {
                    current = rendered;
                }
                computing = null;
            }
            if (failure == null) {
                result.complete(rendered);
            } else {
                result.completeExceptionally(failure);
            }
        }
    }

    /** Runs on a refresher thread, which has no request context of its own for the Panache reads. */
    private Rendered render(Key key, long version) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Summary summary = calculator.compute(key.orgUnit(), key.year());
            byte[] json = objectMapper.writeValueAsBytes(summary);
            return new Rendered(version, summary, json, etag(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the summary", e);
        } finally {
            requestContext.terminate();
        }
    }

    private static String etag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
