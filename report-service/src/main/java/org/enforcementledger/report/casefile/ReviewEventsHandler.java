package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.casefile.CaseFacts.Fact;
import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;

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
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        CaseFacts facts = CaseFacts.of(batch);
        List<CloudEvent> filed = events.stream().filter(e -> FILED.equals(e.type())).toList();
        facts.load(Fact.REVIEW_FILING, filed.stream().map(e -> uuid(e.data(), "reviewId")).toList());
        facts.loadCases(filed.stream().map(e -> uuid(e.data(), "caseId")).toList());
        facts.load(Fact.REVIEW_CONCLUSION, events.stream().filter(e -> CONCLUDED.equals(e.type()))
                .map(e -> uuid(e.data(), "reviewId")).toList());
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        CaseFacts facts = CaseFacts.of(batch);
        UUID caseId = uuid(data, "caseId");
        UUID reviewId = uuid(data, "reviewId");
        String kind = data.path("kind").asText();
        if (FILED.equals(event.type())) {
            LocalDate filedOn = date(data, "filedOn");
            if (!facts.insert(Fact.REVIEW_FILING, reviewId, reviewId, caseId, event.orgUnit(), kind, filedOn)) {
                return;
            }
            batch.increment(event.orgUnit(), filedOn.getYear(),
                    "LITIGATION".equals(kind) ? CaseFigures.LITIGATIONS : CaseFigures.RECONSIDERATIONS);
            if (facts.reviewFiled(caseId) == 1) {
                Optional<Decision> decision = facts.decision(caseId).filter(Decision::penalty);
                if (decision.isPresent()) {
                    batch.increment(decision.get().orgUnit(), decision.get().decidedOn().getYear(),
                            CaseFigures.CHALLENGED_DECISIONS);
                }
            }
            return;
        }
        LocalDate concludedOn = date(data, "decidedOn");
        boolean corrected = data.path("corrected").asBoolean();
        if (!facts.insert(Fact.REVIEW_CONCLUSION, reviewId, reviewId, caseId, event.orgUnit(), kind,
                data.path("outcome").asText(), concludedOn, corrected)) {
            return;
        }
        batch.increment(event.orgUnit(), concludedOn.getYear(), CaseFigures.REVIEWS_CONCLUDED);
        if (corrected) {
            batch.increment(event.orgUnit(), concludedOn.getYear(), CaseFigures.REVIEWS_CORRECTED);
        }
    }
}
