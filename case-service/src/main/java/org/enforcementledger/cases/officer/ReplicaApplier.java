package org.enforcementledger.cases.officer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies a poll's records to the officer and certificate replica in one transaction that also stores the next
 * offsets ({@link ReplicaOffsets}). Every change is idempotent (upserts, and status and post history that read the
 * same twice), so duplicates do no harm. Events this replica does not need (training, exams) are skipped; malformed ones are
 * logged and skipped — report-service is the one that dead-letters them.
 */
@ApplicationScoped
public class ReplicaApplier {

    private static final Logger LOG = Logger.getLogger(ReplicaApplier.class);
    private static final String P = "enforcementledger.personnel.";

    private final ObjectMapper objectMapper;
    private final Clock clock;

    public ReplicaApplier(ObjectMapper objectMapper, Clock clock) {
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Applies the records and their offsets, or nothing (a failure rolls back and is thrown). */
    void apply(Connection connection, List<ConsumerRecord<String, String>> records) throws SQLException {
        Map<TopicPartition, Long> next = new HashMap<>();
        connection.setAutoCommit(false);
        try {
            for (ConsumerRecord<String, String> record : records) {
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                JsonNode event;
                try {
                    event = objectMapper.readTree(record.value());
                } catch (Exception e) {
                    LOG.warnf("Skipping unreadable record %s-%d@%d", record.topic(), record.partition(),
                            record.offset());
                    continue;
                }
                try {
                    applyEvent(connection, event);
                } catch (IllegalArgumentException | DateTimeException e) {
                    // A malformed field (an id that is no UUID, a date that is no date): skip it rather than stall
                    // the replica on a record that will never read better; report-service dead-letters it.
                    LOG.warnf("Skipping malformed event at %s-%d@%d: %s", record.topic(), record.partition(),
                            record.offset(), e.getMessage());
                }
            }
            ReplicaOffsets.store(connection, next);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private void applyEvent(Connection connection, JsonNode event) throws SQLException {
        String type = event.path("type").asText();
        JsonNode data = event.path("data");
        switch (type) {
            case P + "officer.registered.v1", P + "officer.updated.v1" -> {
                UUID officerId = UUID.fromString(data.path("officerId").asText());
                update(connection, "INSERT INTO officer_replica (officer_id, org_unit, name, department_code,"
                        + " department_kind, legal_profession_qualified) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (officer_id) DO UPDATE SET name = EXCLUDED.name,"
                        + " department_code = EXCLUDED.department_code, department_kind = EXCLUDED.department_kind,"
                        + " legal_profession_qualified = EXCLUDED.legal_profession_qualified",
                        officerId, event.path("orgunit").asText(), data.path("name").asText(),
                        data.path("departmentCode").asText(), data.path("departmentKind").asText(),
                        data.path("legalProfessionQualified").asBoolean());
                update(connection, "INSERT INTO officer_replica_post (officer_id, effective_on, enforcement_post)"
                        + " VALUES (?, ?, ?)", officerId, postEffectiveOn(type, event),
                        data.path("enforcementPost").asBoolean(true));
            }
            case P + "officer.departed.v1" -> update(connection,
                    "UPDATE officer_replica SET left_on = ? WHERE officer_id = ?",
                    LocalDate.parse(data.path("leftOn").asText()), UUID.fromString(data.path("officerId").asText()));
            case P + "certificate.issued.v1" -> {
                update(connection, "INSERT INTO certificate_replica (number, officer_id, issued_on, expires_on)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (number) DO NOTHING", data.path("certificateNumber").asText(),
                        UUID.fromString(data.path("officerId").asText()), LocalDate.parse(data.path("issuedOn").asText()),
                        LocalDate.parse(data.path("expiresOn").asText()));
                status(connection, data.path("certificateNumber").asText(), data.path("issuedOn").asText(), "VALID");
            }
            case P + "certificate.suspended.v1", P + "certificate.reinstated.v1", P + "certificate.cancelled.v1",
                    P + "certificate.revoked.v1" -> status(connection, data.path("certificateNumber").asText(),
                            data.path("effectiveOn").asText(), data.path("status").asText());
            case P + "certificate.annual-review-recorded.v1" -> status(connection,
                    data.path("certificateNumber").asText(), data.path("reviewedOn").asText(),
                    data.path("status").asText());
            default -> {
                // Training and exams do not bear on who may act.
            }
        }
    }

    /**
     * The day the officer's post took effect: joinedOn for a registration; for an update its effectiveOn, or, on
     * events from before updates carried one, the event's own day in the town's time zone.
     */
    private LocalDate postEffectiveOn(String type, JsonNode event) {
        JsonNode data = event.path("data");
        if (type.endsWith("officer.registered.v1")) {
            return LocalDate.parse(data.path("joinedOn").asText());
        }
        if (data.hasNonNull("effectiveOn")) {
            return LocalDate.parse(data.path("effectiveOn").asText());
        }
        return OffsetDateTime.parse(event.path("time").asText()).atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static void status(Connection connection, String number, String effectiveOn, String status)
            throws SQLException {
        update(connection, "INSERT INTO certificate_replica_status (number, effective_on, status) VALUES (?, ?, ?)",
                number, LocalDate.parse(effectiveOn), status);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof LocalDate date ? Date.valueOf(date) : value);
            }
            statement.executeUpdate();
        }
    }
}
