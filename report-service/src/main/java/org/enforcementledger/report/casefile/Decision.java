package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.texts;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case's decision as counted ({@code decision_projection}) and what it adds to the figures of its year.
 *
 * @param heaviestKind null for a penalty decision that lists no penalty: it counts as a decision under no kind
 * @param amendedOn the day of the amendment this version comes from; null for the decision as first made
 */
record Decision(UUID caseId, String orgUnit, LocalDate decidedOn, boolean penalty, PenaltyKind heaviestKind,
        BigDecimal fineTotal, BigDecimal confiscationTotal, String matterCode, MatterSource matterSource,
        String villageCode, List<String> departmentCodes, LocalDate amendedOn) {

    /**
     * Reads the decision of a case.decided or case.decision-amended event. The money totals are summed from the
     * penalties as decided (spec §11.2 rule 4); a confiscation without a determinable value adds nothing.
     */
    static Decision of(CloudEvent event, PenaltySeverity severity) {
        JsonNode data = event.data();
        List<PenaltyKind> kinds = new ArrayList<>();
        BigDecimal fines = BigDecimal.ZERO;
        BigDecimal confiscations = BigDecimal.ZERO;
        for (JsonNode penalty : data.path("penalties")) {
            PenaltyKind kind = PenaltyKind.valueOf(penalty.path("kind").asText());
            kinds.add(kind);
            JsonNode amount = penalty.path("amount");
            if (amount.isNull()) {
                continue;
            }
            if (kind == PenaltyKind.FINE) {
                fines = fines.add(amount.decimalValue());
            } else if (kind.confiscation()) {
                confiscations = confiscations.add(amount.decimalValue());
            }
        }
        return new Decision(uuid(data, "caseId"), event.orgUnit(), date(data, "decidedOn"),
                "PENALTY".equals(data.path("outcome").asText()), severity.heaviest(kinds).orElse(null), fines,
                confiscations, data.path("matterCode").asText(),
                MatterSource.valueOf(data.path("matterSource").asText()), data.path("villageCode").asText(),
                texts(data, "departmentCodes"), data.hasNonNull("amendedOn") ? date(data, "amendedOn") : null);
    }

    /** The decisions stored for these cases, in one query. */
    static List<Decision> findAll(Connection connection, Collection<UUID> caseIds) throws SQLException {
        List<Decision> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT case_id, org_unit, decided_on, outcome,"
                + " heaviest_kind, fine_total, confiscation_total, matter_code, matter_source, village_code,"
                + " department_codes, amended_on FROM decision_projection WHERE case_id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", caseIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(5);
                    Date amendedOn = rs.getDate(12);
                    found.add(new Decision(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
                            "PENALTY".equals(rs.getString(4)), kind == null ? null : PenaltyKind.valueOf(kind),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8),
                            MatterSource.valueOf(rs.getString(9)), rs.getString(10),
                            List.of((String[]) rs.getArray(11).getArray()),
                            amendedOn == null ? null : amendedOn.toLocalDate()));
                }
            }
        }
        return found;
    }

    /** Writes this version of the decision in place of the stored one, at the end of the batch. */
    void store(Batch batch) {
        batch.defer("INSERT INTO decision_projection (case_id, org_unit, decided_on, outcome, heaviest_kind,"
                + " fine_total, confiscation_total, matter_code, matter_source, village_code, department_codes,"
                + " amended_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET"
                + " org_unit = EXCLUDED.org_unit, decided_on = EXCLUDED.decided_on, outcome = EXCLUDED.outcome,"
                + " heaviest_kind = EXCLUDED.heaviest_kind, fine_total = EXCLUDED.fine_total,"
                + " confiscation_total = EXCLUDED.confiscation_total, matter_code = EXCLUDED.matter_code,"
                + " matter_source = EXCLUDED.matter_source, village_code = EXCLUDED.village_code,"
                + " department_codes = EXCLUDED.department_codes, amended_on = EXCLUDED.amended_on",
                caseId, orgUnit, decidedOn, penalty ? "PENALTY" : "NO_PENALTY",
                heaviestKind == null ? null : heaviestKind.name(), fineTotal, confiscationTotal, matterCode,
                matterSource.name(), villageCode, departmentCodes, amendedOn);
    }

    /**
     * Adds ({@code sign} 1) or takes back ({@code sign} -1) this decision's contribution to the figures of the year
     * it was decided in. A decision not to penalise is no penalty decision: it moves neither the penalty counts nor
     * the money, and cannot be among the challenged decisions the challenge rate divides by penalty decisions.
     */
    void count(Batch batch, int sign, boolean challenged) {
        int year = decidedOn.getYear();
        BigDecimal one = BigDecimal.valueOf(sign);
        if (!penalty) {
            batch.add(orgUnit, year, CaseFigures.NO_PENALTY_DECISIONS, one);
            return;
        }
        batch.add(orgUnit, year, CaseFigures.DECISIONS, one);
        if (heaviestKind != null) {
            batch.add(orgUnit, year, CaseFigures.byKind(heaviestKind), one);
        }
        batch.add(orgUnit, year, CaseFigures.bySource(matterSource), one);
        batch.add(orgUnit, year, CaseFigures.FINE_TOTAL, fineTotal.multiply(one));
        batch.add(orgUnit, year, CaseFigures.CONFISCATION_TOTAL, confiscationTotal.multiply(one));
        if (challenged) {
            batch.add(orgUnit, year, CaseFigures.CHALLENGED_DECISIONS, one);
        }
    }
}
