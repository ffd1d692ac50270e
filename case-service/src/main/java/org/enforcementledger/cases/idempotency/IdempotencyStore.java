package org.enforcementledger.cases.idempotency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The {@code idempotency_key} table. Every method runs in the caller's transaction: the one
 * {@link IdempotencyKeyInterceptor} opens around the handler.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** Whose key: the caller's org unit and user, and the key they sent. */
    public record Scope(String orgUnit, String actor, String key) {
    }

    /** A key already used: the request it was used for, and the response it got. */
    public record Stored(String fingerprint, String method, String path, int status, String location,
            String contentType, String body) {
    }

    private final EntityManager entityManager;
    private final IdempotencySettings settings;

    public IdempotencyStore(EntityManager entityManager, IdempotencySettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /**
     * Takes the key's advisory lock, without waiting.
     *
     * @return false if another transaction holds it: a request with this key is in flight
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(Scope scope) {
        Object locked = entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, IdempotencyKeys.lockId(scope.orgUnit(), scope.actor(), scope.key()))
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * Reserves the key for this request ({@code INSERT … ON CONFLICT DO NOTHING}); an expired row of the key is deleted
     * first, so it counts as new.
     *
     * @return empty if the key is now reserved for this request; else the row that already holds it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> reserve(Scope scope, String fingerprint, String method, String path) {
        entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE org_unit = ?1 AND actor = ?2 "
                + "AND idempotency_key = ?3 AND created_at < now() - CAST(?4 AS interval)")
                .setParameter(1, scope.orgUnit()).setParameter(2, scope.actor()).setParameter(3, scope.key())
                .setParameter(4, settings.retention().toSeconds() + " seconds").executeUpdate();
        int reserved = entityManager.createNativeQuery("INSERT INTO idempotency_key (org_unit, actor, "
                + "idempotency_key, fingerprint, method, path) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, scope.orgUnit()).setParameter(2, scope.actor()).setParameter(3, scope.key())
                .setParameter(4, fingerprint).setParameter(5, method).setParameter(6, path).executeUpdate();
        if (reserved == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT fingerprint, method, path, status_code, location, "
                + "content_type, body FROM idempotency_key WHERE org_unit = ?1 AND actor = ?2 AND idempotency_key = ?3")
                .setParameter(1, scope.orgUnit()).setParameter(2, scope.actor()).setParameter(3, scope.key())
                .getResultList();
        if (rows.isEmpty()) {
            // Only a purge between the two statements gets here; the retry that follows finds the key free.
            throw new IdempotencyKeyInFlightException(scope.key());
        }
        Object[] r = rows.get(0);
        return Optional.of(new Stored((String) r[0], (String) r[1], (String) r[2],
                r[3] == null ? 0 : ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6]));
    }

    /** Stores the response of the request that reserved the key, in the transaction of its change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Scope scope, int status, String location, String contentType, String body) {
        int updated = entityManager.createNativeQuery("UPDATE idempotency_key SET status_code = ?4, "
                + "location = CAST(?5 AS text), content_type = CAST(?6 AS text), body = CAST(?7 AS text) "
                + "WHERE org_unit = ?1 AND actor = ?2 AND idempotency_key = ?3 AND status_code IS NULL")
                .setParameter(1, scope.orgUnit()).setParameter(2, scope.actor()).setParameter(3, scope.key())
                .setParameter(4, status).setParameter(5, location).setParameter(6, contentType)
                .setParameter(7, body).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("Idempotency key " + scope + " was not reserved by this transaction");
        }
    }

    /** Frees the key reserved by this transaction (for a response that is not stored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Scope scope) {
        entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE org_unit = ?1 AND actor = ?2 "
                + "AND idempotency_key = ?3 AND status_code IS NULL")
                .setParameter(1, scope.orgUnit()).setParameter(2, scope.actor()).setParameter(3, scope.key())
                .executeUpdate();
    }
}
