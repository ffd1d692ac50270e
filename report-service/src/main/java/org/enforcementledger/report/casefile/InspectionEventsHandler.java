package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.texts;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.casefile.CaseFacts.Fact;
import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;

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
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        CaseFacts.of(batch).load(Fact.INSPECTION, events.stream().map(e -> uuid(e.data(), "inspectionId")).toList());
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        LocalDate conductedOn = date(data, "conductedOn");
        boolean joint = data.path("joint").asBoolean();
        boolean enterpriseRelated = data.path("enterpriseRelated").asBoolean();
        UUID inspectionId = uuid(data, "inspectionId");
        if (!CaseFacts.of(batch).insert(Fact.INSPECTION, inspectionId, inspectionId, event.orgUnit(), conductedOn,
                data.path("matterCode").asText(), data.path("matterSource").asText(),
                data.path("villageCode").asText(), texts(data, "departmentCodes"), joint, enterpriseRelated)) {
            return;
        }
        int year = conductedOn.getYear();
        batch.increment(event.orgUnit(), year, CaseFigures.INSPECTIONS);
        if (joint) {
            batch.increment(event.orgUnit(), year, CaseFigures.JOINT_INSPECTIONS);
        }
        if (enterpriseRelated) {
            batch.increment(event.orgUnit(), year, CaseFigures.ENTERPRISE_INSPECTIONS);
        }
    }
}
