package org.enforcementledger.cases.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Deletes keys older than {@code ledger.idempotency.retention} every {@code ledger.idempotency.purge-interval}. Until a
 * purge runs, an expired key already counts as new ({@link IdempotencyStore#reserve}).
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final AgroalDataSource dataSource;
    private final IdempotencySettings settings;
    private ScheduledExecutorService scheduler;

    public IdempotencyPurge(AgroalDataSource dataSource, IdempotencySettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Deletes the expired keys now; returns how many. */
    public int purge() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_key WHERE created_at < now() - ?::interval")) {
            delete.setString(1, settings.retention().toSeconds() + " seconds");
            int purged = delete.executeUpdate();
            if (purged > 0) {
                LOG.infof("Purged %d idempotency keys older than %s", purged, settings.retention());
            }
            return purged;
        }
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (Exception e) {
            LOG.warnf(e, "Purging idempotency keys failed; retrying in %s", settings.purgeInterval());
        }
    }
}
