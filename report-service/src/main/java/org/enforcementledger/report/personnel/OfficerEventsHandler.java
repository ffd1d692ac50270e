package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.update;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps the officer projection that personnel figures are computed from. */
@ApplicationScoped
public class OfficerEventsHandler implements EventHandler {

    static final String REGISTERED = "enforcementledger.personnel.officer.registered.v1";
    static final String UPDATED = "enforcementledger.personnel.officer.updated.v1";
    static final String DEPARTED = "enforcementledger.personnel.officer.departed.v1";

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, UPDATED, DEPARTED);
    }

    /**
     * Written at once, not deferred: a deferred run of upserts becomes one multi-row statement, which cannot update the
     * same officer twice, and officers' events are too few to be worth merging in memory.
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
        update(batch.connection(), "INSERT INTO officer_projection (officer_id, org_unit, name, department_code,"
                + " department_kind, position, enforcement_post, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (officer_id) DO UPDATE SET name = EXCLUDED.name,"
                + " department_code = EXCLUDED.department_code, department_kind = EXCLUDED.department_kind,"
                + " position = EXCLUDED.position, enforcement_post = EXCLUDED.enforcement_post,"
                + " joined_on = EXCLUDED.joined_on",
                uuid(data, "officerId"), event.orgUnit(), data.path("name").asText(),
                data.path("departmentCode").asText(), data.path("departmentKind").asText(),
                data.path("position").asText(), data.path("enforcementPost").asBoolean(), date(data, "joinedOn"));
    }
}
