package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.texts;
import static org.enforcementledger.report.consumer.Sql.update;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.Figures;
import org.enforcementledger.report.consumer.Sql;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case's decision as it now stands ({@code decision_projection}) and what it adds to the figures of its year.
 *
 * @param heaviestKind null for a penalty decision that lists no penalty: it counts as a decision under no kind
 */
record Decision(UUID caseId, String orgUnit, LocalDate decidedOn, boolean penalty, PenaltyKind heaviestKind,
        BigDecimal fineTotal, BigDecimal confiscationTotal, String matterCode, MatterSource matterSource,
        String villageCode, List<String> departmentCodes) {

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
                texts(data, "departmentCodes"));
    }

    static Optional<Decision> find(Connection connection, UUID caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT org_unit, decided_on, outcome,"
                + " heaviest_kind, fine_total, confiscation_total, matter_code, matter_source, village_code,"
                + " department_codes FROM decision_projection WHERE case_id = ?")) {
            select.setObject(1, caseId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String kind = rs.getString(4);
                return Optional.of(new Decision(caseId, rs.getString(1), rs.getDate(2).toLocalDate(),
                        "PENALTY".equals(rs.getString(3)), kind == null ? null : PenaltyKind.valueOf(kind),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
                        MatterSource.valueOf(rs.getString(8)), rs.getString(9),
                        List.of((String[]) rs.getArray(10).getArray())));
            }
        }
    }

    void store(Connection connection) throws SQLException {
        update(connection, "INSERT INTO decision_projection (case_id, org_unit, decided_on, outcome, heaviest_kind,"
                + " fine_total, confiscation_total, matter_code, matter_source, village_code, department_codes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET"
                + " org_unit = EXCLUDED.org_unit, decided_on = EXCLUDED.decided_on, outcome = EXCLUDED.outcome,"
                + " heaviest_kind = EXCLUDED.heaviest_kind, fine_total = EXCLUDED.fine_total,"
                + " confiscation_total = EXCLUDED.confiscation_total, matter_code = EXCLUDED.matter_code,"
                + " matter_source = EXCLUDED.matter_source, village_code = EXCLUDED.village_code,"
                + " department_codes = EXCLUDED.department_codes",
                caseId, orgUnit, decidedOn, penalty ? "PENALTY" : "NO_PENALTY",
                heaviestKind == null ? null : heaviestKind.name(), fineTotal, confiscationTotal, matterCode,
                matterSource.name(), villageCode, Sql.textArray(connection, departmentCodes));
    }

    /**
     * Adds ({@code sign} 1) or takes back ({@code sign} -1) this decision's contribution to the figures of the year
     * it was decided in. A decision not to penalise is no penalty decision: it moves neither the penalty counts nor
     * the money, and cannot be among the challenged decisions the challenge rate divides by penalty decisions.
     */
    void count(Connection connection, int sign, boolean challenged) throws SQLException {
        int year = decidedOn.getYear();
        BigDecimal one = BigDecimal.valueOf(sign);
        if (!penalty) {
            Figures.add(connection, orgUnit, year, CaseFigures.NO_PENALTY_DECISIONS, one);
            return;
        }
        Figures.add(connection, orgUnit, year, CaseFigures.DECISIONS, one);
        if (heaviestKind != null) {
            Figures.add(connection, orgUnit, year, CaseFigures.byKind(heaviestKind), one);
        }
        Figures.add(connection, orgUnit, year, CaseFigures.bySource(matterSource), one);
        Figures.add(connection, orgUnit, year, CaseFigures.FINE_TOTAL, fineTotal.multiply(one));
        Figures.add(connection, orgUnit, year, CaseFigures.CONFISCATION_TOTAL, confiscationTotal.multiply(one));
        if (challenged) {
            Figures.add(connection, orgUnit, year, CaseFigures.CHALLENGED_DECISIONS, one);
        }
    }
}
