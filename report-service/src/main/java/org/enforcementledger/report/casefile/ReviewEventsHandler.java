package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.update;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.Figures;
import org.enforcementledger.report.consumer.Sql;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reconsideration (行政复议) and litigation (行政诉讼) of decisions (spec §10.3). Reviews count in the year they were
 * filed, conclusions in the year they were decided. A penalty decision counts once among the challenged decisions of
 * its own year, however many reviews it draws: when its first review is filed, or, should the decision arrive after
 * it, with the decision.
 */
@ApplicationScoped
public class ReviewEventsHandler implements EventHandler {

    static final String FILED = "enforcementledger.case.case.review-filed.v1";
    static final String CONCLUDED = "enforcementledger.case.case.review-concluded.v1";

    @Override
    public Set<String> types() {
        return Set.of(FILED, CONCLUDED);
    }

    @Override
    public void apply(Connection connection, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        UUID caseId = uuid(data, "caseId");
        String kind = data.path("kind").asText();
        if (FILED.equals(event.type())) {
            LocalDate filedOn = date(data, "filedOn");
            if (update(connection, "INSERT INTO review_filing (review_id, case_id, org_unit, kind, filed_on)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (review_id) DO NOTHING", uuid(data, "reviewId"), caseId,
                    event.orgUnit(), kind, filedOn) == 0) {
                return;
            }
            Figures.increment(connection, event.orgUnit(), filedOn.getYear(),
                    "LITIGATION".equals(kind) ? CaseFigures.LITIGATIONS : CaseFigures.RECONSIDERATIONS);
            if (reviews(connection, caseId) == 1) {
                Optional<Decision> decision = Decision.find(connection, caseId).filter(Decision::penalty);
                if (decision.isPresent()) {
                    Figures.increment(connection, decision.get().orgUnit(), decision.get().decidedOn().getYear(),
                            CaseFigures.CHALLENGED_DECISIONS);
                }
            }
            return;
        }
        LocalDate concludedOn = date(data, "decidedOn");
        boolean corrected = data.path("corrected").asBoolean();
        if (update(connection, "INSERT INTO review_conclusion (review_id, case_id, org_unit, kind, outcome,"
                + " concluded_on, corrected) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (review_id) DO NOTHING",
                uuid(data, "reviewId"), caseId, event.orgUnit(), kind, data.path("outcome").asText(), concludedOn,
                corrected) == 0) {
            return;
        }
        Figures.increment(connection, event.orgUnit(), concludedOn.getYear(), CaseFigures.REVIEWS_CONCLUDED);
        if (corrected) {
            Figures.increment(connection, event.orgUnit(), concludedOn.getYear(), CaseFigures.REVIEWS_CORRECTED);
        }
    }

    /** Whether any review of the case's decision was filed. */
    static boolean challenged(Connection connection, UUID caseId) throws SQLException {
        return reviews(connection, caseId) > 0;
    }

    private static long reviews(Connection connection, UUID caseId) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM review_filing WHERE case_id = ?", caseId);
    }
}
