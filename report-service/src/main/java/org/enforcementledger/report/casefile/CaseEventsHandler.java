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
 * Cases filed (立案) count in the year of filing, cases closed (结案) in the year of closing — each case once. A filing
 * keeps the inspection that found the violation, if it names one: R8.8 counts that inspection under the case
 * ({@link InspectionFigures}).
 */
@ApplicationScoped
public class CaseEventsHandler implements EventHandler {

    static final String FILED = "enforcementledger.case.case.filed.v1";
    static final String CLOSED = "enforcementledger.case.case.closed.v1";

    @Override
    public Set<String> types() {
        return Set.of(FILED, CLOSED);
    }

    @Override
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        CaseFacts facts = CaseFacts.of(batch);
        facts.load(Fact.CASE_FILING, ids(events, FILED));
        facts.load(Fact.CASE_CLOSURE, ids(events, CLOSED));
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        CaseFacts facts = CaseFacts.of(batch);
        UUID caseId = uuid(data, "caseId");
        if (FILED.equals(event.type())) {
            LocalDate filedOn = date(data, "filedOn");
            if (facts.insert(Fact.CASE_FILING, caseId, caseId, event.orgUnit(), filedOn,
                    data.path("matterCode").asText(), data.path("matterSource").asText(),
                    data.path("villageCode").asText(), texts(data, "departmentCodes"),
                    data.hasNonNull("inspectionId") ? uuid(data, "inspectionId") : null)) {
                batch.increment(event.orgUnit(), filedOn.getYear(), CaseFigures.CASES_FILED);
            }
            return;
        }
        LocalDate closedOn = date(data, "closedOn");
        if (facts.insert(Fact.CASE_CLOSURE, caseId, caseId, event.orgUnit(), closedOn)) {
            batch.increment(event.orgUnit(), closedOn.getYear(), CaseFigures.CASES_CLOSED);
        }
    }

    private static List<UUID> ids(List<CloudEvent> events, String type) {
        return events.stream().filter(e -> type.equals(e.type())).map(e -> uuid(e.data(), "caseId")).toList();
    }
}
