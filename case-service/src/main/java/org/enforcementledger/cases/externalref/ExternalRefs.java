package org.enforcementledger.cases.externalref;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.PersistenceException;

import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.problem.UniqueViolation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * External references ({@code externalRef}): the district platform's or the town ledger's own id of a case or an
 * inspection, unique within the town. A second create with one is a 409 naming the record that holds it.
 *
 * <p>
 * {@code holder} is the lookup of the town's record by reference: its id, if one holds it.
 */
public final class ExternalRefs {

    private ExternalRefs() {
    }

    /** Refuses a reference the town's records hold already, naming the holder. */
    public static void requireUnused(String collection, String externalRef, Function<String, Optional<UUID>> holder) {
        if (externalRef != null) {
            holder.apply(externalRef).ifPresent(existing -> {
                throw new DuplicateExternalRefException(collection, externalRef, existing);
            });
        }
    }

    /**
     * Inserts the record at once. Of two concurrent creates with one reference the unique index lets one in; the other
     * fails here, before anything is published, and its caller names the winner ({@link #named}).
     */
    public static void persist(PanacheEntityBase record, String uniqueIndex, String collection, String externalRef) {
        try {
            record.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, uniqueIndex)) {
                throw new DuplicateExternalRefException(collection, externalRef, null);
            }
            throw e;
        }
    }

    /**
     * The refusal, naming the record that holds the reference. A refusal raised by the unique index (a concurrent
     * create won) does not know the winner inside its rolled-back transaction; this looks it up afterwards.
     */
    public static DuplicateExternalRefException named(DuplicateExternalRefException refusal,
            Function<String, Optional<UUID>> holder) {
        if (refusal.existingId() != null) {
            return refusal;
        }
        // In a transaction of its own: the refused insert may have aborted the caller's (a keyed POST's, see
        // idempotency/IdempotencyKeyInterceptor), which can run no further statement.
        return QuarkusTransaction.requiringNew()
                .call(() -> holder.apply(refusal.externalRef()).map(refusal::resolved).orElse(refusal));
    }
}
