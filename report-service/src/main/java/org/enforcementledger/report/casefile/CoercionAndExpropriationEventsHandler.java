package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
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
    public void apply(Connection connection, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        if (MEASURE_APPLIED.equals(event.type())) {
            LocalDate appliedOn = date(data, "appliedOn");
            if (update(connection, "INSERT INTO coercive_measure_projection (measure_id, case_id, org_unit, kind,"
                    + " applied_on) VALUES (?, ?, ?, ?, ?) ON CONFLICT (measure_id) DO NOTHING",
                    uuid(data, "measureId"), uuid(data, "caseId"), event.orgUnit(), data.path("kind").asText(),
                    appliedOn) == 1) {
                Figures.increment(connection, event.orgUnit(), appliedOn.getYear(), CaseFigures.COERCIVE_MEASURES);
            }
            return;
        }
        LocalDate recordedOn = date(data, "recordedOn");
        if (update(connection, "INSERT INTO expropriation_projection (expropriation_id, org_unit, kind, recorded_on)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (expropriation_id) DO NOTHING", uuid(data, "expropriationId"),
                event.orgUnit(), data.path("kind").asText(), recordedOn) == 1) {
            Figures.increment(connection, event.orgUnit(), recordedOn.getYear(), CaseFigures.EXPROPRIATIONS);
        }
    }
}
