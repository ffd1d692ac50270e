package org.enforcementledger.report.consumer;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves on whenever the figures may have changed (a batch committed, a rebuild switched in), so that readers can keep
 * what they computed until then.
 */
@ApplicationScoped
public class FiguresVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
    }
}
