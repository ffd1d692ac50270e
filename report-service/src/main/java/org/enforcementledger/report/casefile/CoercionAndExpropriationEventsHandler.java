package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
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
 * Coercive measures (行政强制措施) count in the year they were applied (spec §7 counting); expropriations (征收) and
 * requisitions (征用) together in the year they were completed (spec §11.3), as the town report gives one figure.
 */
@ApplicationScoped
public class CoercionAndExpropriationEventsHandler implements EventHandler {

    static final String MEASURE_APPLIED = "enforcementledger.case.coercive-measure.applied.v1";
    static final String EXPROPRIATION_RECORDED = "enforcementledger.case.expropriation.recorded.v1";

    @Override
    public Set<String> types() {
        return Set.of(MEASURE_APPLIED, EXPROPRIATION_RECORDED);
    }

    @Override
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        CaseFacts facts = CaseFacts.of(batch);
        facts.load(Fact.COERCIVE_MEASURE, ids(events, MEASURE_APPLIED, "measureId"));
        facts.load(Fact.EXPROPRIATION, ids(events, EXPROPRIATION_RECORDED, "expropriationId"));
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        CaseFacts facts = CaseFacts.of(batch);
        if (MEASURE_APPLIED.equals(event.type())) {
            LocalDate appliedOn = date(data, "appliedOn");
            UUID measureId = uuid(data, "measureId");
            if (facts.insert(Fact.COERCIVE_MEASURE, measureId, measureId, uuid(data, "caseId"), event.orgUnit(),
                    data.path("kind").asText(), appliedOn)) {
                batch.increment(event.orgUnit(), appliedOn.getYear(), CaseFigures.COERCIVE_MEASURES);
            }
            return;
        }
        LocalDate recordedOn = date(data, "recordedOn");
        UUID expropriationId = uuid(data, "expropriationId");
        if (facts.insert(Fact.EXPROPRIATION, expropriationId, expropriationId, event.orgUnit(),
                data.path("kind").asText(), recordedOn)) {
            batch.increment(event.orgUnit(), recordedOn.getYear(), CaseFigures.EXPROPRIATIONS);
        }
    }

    private static List<UUID> ids(List<CloudEvent> events, String type, String idField) {
        return events.stream().filter(e -> type.equals(e.type())).map(e -> uuid(e.data(), idField)).toList();
    }
}
