package org.enforcementledger.localstack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When the local run restarts a service that died, and when it gives up: the n-th death within {@link #window()}
 * waits {@code initialBackoff × 2^(n-1)} (at most {@link #maxBackoff()}) before the restart; a death beyond
 * {@link #maxRestarts()} within the window stops everything, since a service that keeps dying needs a person.
 *
 * <p>
 * Counting deaths within a window, rather than for ever, lets a service that has run well for a while start again
 * from the shortest back-off.
 */
public record RestartPolicy(Duration initialBackoff, Duration maxBackoff, int maxRestarts, Duration window) {

    /** 1 s, 2 s, 4 s, 8 s, 16 s; the sixth death within 2 minutes gives up. */
    public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
            Duration.ofMinutes(2));

    public RestartPolicy {
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRestarts < 0
                || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Inconsistent restart policy: " + initialBackoff + ", " + maxBackoff
                    + ", " + maxRestarts + ", " + window);
        }
    }

    /** What to do about one death. */
    public sealed interface Decision {
    }

    /** Start the service again after {@code delay}; this is the {@code attempt}-th restart within the window. */
    public record Restart(Duration delay, int attempt) implements Decision {
    }

    /** Stop everything: the service died {@code deaths} times within the window. */
    public record GiveUp(int deaths) implements Decision {
    }

    /** The deaths of one service instance, for {@link RestartPolicy#decide}. */
    public static final class History {
        private final Deque<Long> deathsNanos = new ArrayDeque<>();
    }

    /**
     * Records a death at {@code nowNanos} (a monotonic clock, as {@link System#nanoTime()}) and decides.
     */
    public Decision decide(History history, long nowNanos) {
        history.deathsNanos.addLast(nowNanos);
        while (nowNanos - history.deathsNanos.peekFirst() > window.toNanos()) {
            history.deathsNanos.removeFirst();
        }
        int deaths = history.deathsNanos.size();
        if (deaths > maxRestarts) {
            return new GiveUp(deaths);
        }
        return new Restart(backoff(deaths), deaths);
    }

    private Duration backoff(int deaths) {
        Duration delay = initialBackoff;
        for (int i = 1; i < deaths && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
