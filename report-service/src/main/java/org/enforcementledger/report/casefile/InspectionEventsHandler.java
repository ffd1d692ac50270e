package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.texts;
import static org.enforcementledger.report.consumer.Sql.update;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.Figures;
import org.enforcementledger.report.consumer.Sql;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inspections (行政检查) count in the year they were conducted. A joint inspection is one event however many
 * departments took part (R8.7), so it counts once in the total and once among the joint ones.
 */
@ApplicationScoped
public class InspectionEventsHandler implements EventHandler {

    static final String RECORDED = "enforcementledger.case.inspection.recorded.v1";

    @Override
    public Set<String> types() {
        return Set.of(RECORDED);
    }

    @Override
    public void apply(Connection connection, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        LocalDate conductedOn = date(data, "conductedOn");
        boolean joint = data.path("joint").asBoolean();
        boolean enterpriseRelated = data.path("enterpriseRelated").asBoolean();
        if (update(connection, "INSERT INTO inspection_projection (inspection_id, org_unit, conducted_on, matter_code,"
                + " matter_source, village_code, department_codes, joint, enterprise_related)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (inspection_id) DO NOTHING",
                uuid(data, "inspectionId"), event.orgUnit(), conductedOn, data.path("matterCode").asText(),
                data.path("matterSource").asText(), data.path("villageCode").asText(),
                Sql.textArray(connection, texts(data, "departmentCodes")), joint, enterpriseRelated) == 0) {
            return;
        }
        int year = conductedOn.getYear();
        Figures.increment(connection, event.orgUnit(), year, CaseFigures.INSPECTIONS);
        if (joint) {
            Figures.increment(connection, event.orgUnit(), year, CaseFigures.JOINT_INSPECTIONS);
        }
        if (enterpriseRelated) {
            Figures.increment(connection, event.orgUnit(), year, CaseFigures.ENTERPRISE_INSPECTIONS);
        }
    }
}
