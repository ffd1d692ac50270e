package org.enforcementledger.personnel.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.personnel.problem.InvalidFieldException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The change log: one row per change, written in the transaction of the change, naming who made it. It is the audit
 * trail ({@code GET /api/v1/audit}) and the source of the change feeds ({@code GET /api/v1/officers/changes}).
 */
@ApplicationScoped
public class ChangeLog {

    /** Personnel events are all about one officer, their subject; so is this stream. */
    public static final String OFFICERS = "officer";

    /** The stream of an event type: every personnel event is in the officer's stream. */
    public static String streamOf(String type) {
        return OFFICERS;
    }

    /** An entry; {@code cursor} is where a feed reader resumes after it. */
    @Schema(name = "Change")
    public record Entry(String cursor, String stream, String entityId, String orgUnit, String change, String actor,
            OffsetDateTime at, JsonNode data) {
    }

    /** A page of a feed; pass {@code next} as {@code after} to read on (it stays put when nothing is new). */
    @Schema(name = "ChangePage")
    public record Page(List<Entry> changes, String next) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public ChangeLog(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String stream, String entityId, String orgUnit, String change, String actor,
            OffsetDateTime at, JsonNode data) {
        entityManager.createNativeQuery("INSERT INTO change_log (stream, entity_id, org_unit, change, actor, "
                + "occurred_at, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb))")
                .setParameter(1, stream).setParameter(2, entityId).setParameter(3, orgUnit)
                .setParameter(4, change).setParameter(5, actor).setParameter(6, at)
                .setParameter(7, json(data)).executeUpdate();
    }

    /** An entity's changes, oldest first; {@code scope} empty means every town. */
    @Transactional
    public List<Entry> history(String entityId, Optional<String> scope, int limit) {
        return entries(entityManager.createNativeQuery(SELECT + " WHERE entity_id = ?1"
                + scope.map(s -> " AND org_unit = ?2").orElse("") + " ORDER BY id LIMIT " + limit), entityId, scope);
    }

    @Transactional
    public Page page(String stream, String after, Optional<String> scope, int limit) {
        List<Entry> changes = feed(stream, after, scope, limit);
        String next = changes.isEmpty() ? (after == null ? "" : after) : changes.get(changes.size() - 1).cursor();
        return new Page(changes, next);
    }

    /**
     * The changes of a stream after a cursor, in a stable order. Only transactions older than every transaction still
     * running are read, so a change that commits later can never sort before a cursor already handed out.
     */
    private List<Entry> feed(String stream, String after, Optional<String> scope, int limit) {
        long[] cursor = parseCursor(after);
        var query = entityManager.createNativeQuery(SELECT + " WHERE stream = ?1"
                + " AND (tx, id) > (CAST(?3 AS xid8), ?4)"
                + " AND tx < pg_snapshot_xmin(pg_current_snapshot())"
                + scope.map(s -> " AND org_unit = ?2").orElse("")
                + " ORDER BY tx, id LIMIT " + limit)
                .setParameter(3, Long.toString(cursor[0])).setParameter(4, cursor[1]);
        return entries(query, stream, scope);
    }

    private static final String SELECT = "SELECT CAST(tx AS text) || '-' || id, stream, entity_id, org_unit, change, "
            + "actor, occurred_at, CAST(data AS text) FROM change_log";

    private List<Entry> entries(Query query, String first, Optional<String> scope) {
        query.setParameter(1, first);
        scope.ifPresent(s -> query.setParameter(2, s));
        List<Entry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new Entry((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], toOffset(r[6]), parse((String) r[7])));
        }
        return entries;
    }

    /** Cursors are {@code <transaction id>-<row id>}; none means from the beginning. */
    private static long[] parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return new long[] { 0, 0 };
        }
        String[] parts = after.split("-", 2);
        try {
            long[] cursor = { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
            if (cursor[0] < 0 || cursor[1] < 0) {
                throw new NumberFormatException();
            }
            return cursor;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidFieldException("after", "is not a cursor returned by this feed");
        }
    }

    /** The JDBC driver and Hibernate version decide which type a timestamptz column comes back as. */
    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private String json(JsonNode data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a change", e);
        }
    }

    private JsonNode parse(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable change_log row", e);
        }
    }
}
