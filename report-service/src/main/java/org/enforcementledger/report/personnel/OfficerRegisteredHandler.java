package org.enforcementledger.report.personnel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps the officer projection that personnel figures are computed from. */
@ApplicationScoped
public class OfficerRegisteredHandler implements EventHandler {

    @Override
    public String type() {
        return "enforcementledger.personnel.officer.registered.v1";
    }

    @Override
    public void apply(Connection connection, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO officer_projection (officer_id, org_unit, name, department_code, department_kind,"
                        + " enforcement_post, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (officer_id) DO UPDATE SET org_unit = EXCLUDED.org_unit, name = EXCLUDED.name,"
                        + " department_code = EXCLUDED.department_code, department_kind = EXCLUDED.department_kind,"
                        + " enforcement_post = EXCLUDED.enforcement_post, joined_on = EXCLUDED.joined_on")) {
            upsert.setObject(1, UUID.fromString(data.path("officerId").asText()));
            upsert.setString(2, event.orgUnit());
            upsert.setString(3, data.path("name").asText());
            upsert.setString(4, data.path("departmentCode").asText());
            upsert.setString(5, data.path("departmentKind").asText());
            upsert.setBoolean(6, data.path("enforcementPost").asBoolean());
            upsert.setDate(7, Date.valueOf(LocalDate.parse(data.path("joinedOn").asText())));
            upsert.executeUpdate();
        }
    }
}
