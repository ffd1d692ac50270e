package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.update;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps the officer projection that personnel figures are computed from, and each officer's post history: in an
 * enforcement post or not, from the day they joined, then from each update's {@code effectiveOn} — or, for an update
 * published before that field existed, from the day of the event's time in {@code ledger.time-zone}.
 */
@ApplicationScoped
public class OfficerEventsHandler implements EventHandler {

    static final String REGISTERED = "enforcementledger.personnel.officer.registered.v1";
    static final String UPDATED = "enforcementledger.personnel.officer.updated.v1";
    static final String DEPARTED = "enforcementledger.personnel.officer.departed.v1";

    private final ZoneId zone;

    public OfficerEventsHandler(
            @ConfigProperty(name = "ledger.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, UPDATED, DEPARTED);
    }

    /**
     * Written at once, not deferred: a deferred run of upserts becomes one multi-row statement, which cannot update the
     * same officer twice, and officers' events are too few to be worth merging in memory. Post changes are merged per
     * officer and day, and deferred ({@link PostChanges}).
     */
    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        if (DEPARTED.equals(event.type())) {
            update(batch.connection(), "UPDATE officer_projection SET status = 'DEPARTED', left_on = ?, departure_reason = ?"
                    + " WHERE officer_id = ?", date(data, "leftOn"), data.path("reason").asText(),
                    uuid(data, "officerId"));
            return;
        }
        UUID officerId = uuid(data, "officerId");
        boolean enforcementPost = data.path("enforcementPost").asBoolean();
        if (REGISTERED.equals(event.type())) {
            PostChanges.of(batch).registered(officerId, date(data, "joinedOn"), enforcementPost);
        } else {
            PostChanges.of(batch).updated(officerId, effectiveOn(event), enforcementPost);
        }
        update(batch.connection(), "INSERT INTO officer_projection (officer_id, org_unit, name, department_code,"
                + " department_kind, position, enforcement_post, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (officer_id) DO UPDATE SET name = EXCLUDED.name,"
                + " department_code = EXCLUDED.department_code, department_kind = EXCLUDED.department_kind,"
                + " position = EXCLUDED.position, enforcement_post = EXCLUDED.enforcement_post,"
                + " joined_on = EXCLUDED.joined_on",
                officerId, event.orgUnit(), data.path("name").asText(), data.path("departmentCode").asText(),
                data.path("departmentKind").asText(), data.path("position").asText(), enforcementPost,
                date(data, "joinedOn"));
    }

    private LocalDate effectiveOn(CloudEvent event) {
        JsonNode effectiveOn = event.data().path("effectiveOn");
        return effectiveOn.isTextual() ? LocalDate.parse(effectiveOn.asText())
                : event.time().atZoneSameInstant(zone).toLocalDate();
    }
}
