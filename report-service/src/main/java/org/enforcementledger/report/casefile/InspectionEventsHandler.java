package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.texts;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
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
 * Inspections (行政检查, R8.7, R8.8): each inspected object is stored under its id, with the joint operation it was
 * part of and whether its record holds findings; each joint operation (联合检查行动) is stored under its id. Nothing is
 * counted here: {@link InspectionFigures} counts from these projections when asked, so that an object, its operation
 * and the case naming it may arrive in any order (they have different keys, hence partitions). A patrol (巡查) has no
 * object and is never an inspection: it is accepted and counts nothing.
 */
@ApplicationScoped
public class InspectionEventsHandler implements EventHandler {

    static final String RECORDED = "enforcementledger.case.inspection.recorded.v1";
    static final String JOINT_RECORDED = "enforcementledger.case.joint-inspection.recorded.v1";
    static final String PATROL_RECORDED = "enforcementledger.case.patrol.recorded.v1";

    @Override
    public Set<String> types() {
        return Set.of(RECORDED, JOINT_RECORDED, PATROL_RECORDED);
    }

    @Override
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        CaseFacts facts = CaseFacts.of(batch);
        facts.load(Fact.INSPECTION, ids(events, RECORDED, "inspectionId"));
        facts.load(Fact.JOINT_OPERATION, ids(events, JOINT_RECORDED, "operationId"));
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        CaseFacts facts = CaseFacts.of(batch);
        if (RECORDED.equals(event.type())) {
            UUID inspectionId = uuid(data, "inspectionId");
            // Events before issue #10 carry neither field: single objects whose records always held findings.
            facts.insert(Fact.INSPECTION, inspectionId, inspectionId, event.orgUnit(), date(data, "conductedOn"),
                    data.path("matterCode").asText(), data.path("matterSource").asText(),
                    data.path("villageCode").asText(), texts(data, "departmentCodes"),
                    data.path("enterpriseRelated").asBoolean(),
                    data.hasNonNull("jointOperationId") ? uuid(data, "jointOperationId") : null,
                    data.path("recordComplete").asBoolean(true));
        } else if (JOINT_RECORDED.equals(event.type())) {
            UUID operationId = uuid(data, "operationId");
            facts.insert(Fact.JOINT_OPERATION, operationId, operationId, event.orgUnit(), date(data, "conductedOn"),
                    data.path("villageCode").asText(), data.path("leadBodyCode").asText(),
                    texts(data, "participatingBodyCodes"), data.path("kind").asText(),
                    data.path("objectCount").asInt(), data.path("enterpriseRelated").asBoolean());
        }
    }

    private static List<UUID> ids(List<CloudEvent> events, String type, String field) {
        return events.stream().filter(e -> type.equals(e.type())).map(e -> uuid(e.data(), field)).toList();
    }
}
