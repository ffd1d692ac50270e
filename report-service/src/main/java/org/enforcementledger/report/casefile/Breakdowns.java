package org.enforcementledger.report.casefile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.agroal.api.AgroalDataSource;

/**
 * A year's penalty decisions, cases filed and inspections split one way, from the projections. Each is placed by its
 * own day: decisions by decidedOn, cases by filedOn, inspections and joint inspections by conductedOn. Inspections are
 * those {@link InspectionFigures} counts; a joint inspection counts once under its own month and village, and under
 * each department, matter and source of the objects it inspected.
 */
@ApplicationScoped
public class Breakdowns {

    /** The ways a year can be split, by their name in the API. */
    public enum Dimension {
        MONTH("month"), VILLAGE("village"), DEPARTMENT("department"), MATTER_SOURCE("matterSource"),
        PENALTY_KIND("penaltyKind"), MATTER("matter");

        private final String parameter;

        Dimension(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Optional<Dimension> of(String parameter) {
            return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
        }

        public static List<String> parameters() {
            return Arrays.stream(values()).map(Dimension::parameter).toList();
        }

        /** The SQL expression of the key of a row {@code t} whose day is in {@code dateColumn}. */
        private String key(String dateColumn) {
            return switch (this) {
                case MONTH -> "to_char(t." + dateColumn + ", 'MM')";
                case VILLAGE -> "t.village_code";
                case DEPARTMENT -> "d.code";
                case MATTER_SOURCE -> "t.matter_source";
                case PENALTY_KIND -> "t.heaviest_kind";
                case MATTER -> "t.matter_code";
            };
        }

        private String join() {
            return this == DEPARTMENT ? " CROSS JOIN LATERAL unnest(t.department_codes) AS d(code)" : "";
        }

        /** Keys listed even when nothing falls under them, so a chart always has all its bars. */
        private List<String> fixedKeys() {
            return switch (this) {
                case MONTH -> IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("%02d", m)).toList();
                case MATTER_SOURCE -> Arrays.stream(MatterSource.values()).map(Enum::name).toList();
                case PENALTY_KIND -> Arrays.stream(PenaltyKind.values()).map(Enum::name).toList();
                case VILLAGE, DEPARTMENT, MATTER -> List.of();
            };
        }
    }

    @Schema(name = "BreakdownRow")
    public record Row(@Schema(example = "03") String key,
            @Schema(description = "Penalty decisions decided (NO_PENALTY excluded)", example = "11") long decisions,
            @Schema(description = "Fines decided, yuan", example = "3200.00") BigDecimal fineTotal,
            @Schema(description = "Confiscations decided, yuan", example = "500.00") BigDecimal confiscationTotal,
            @Schema(example = "12") long casesFiled,
            @Schema(description = "Inspections: inspected objects with a complete record (R8.8)", example = "30") long inspections,
            @Schema(description = "Joint inspections: operations with other enforcement bodies, each once (R8.7)", example = "4") long jointInspections) {
    }

    private static final String DECISIONS = "SELECT %s, count(*), sum(t.fine_total), sum(t.confiscation_total)"
            + " FROM decision_projection t%s WHERE t.org_unit = ? AND t.decided_on BETWEEN ? AND ?"
            + " AND t.outcome = 'PENALTY' GROUP BY 1";
    private static final String CASES = "SELECT %s, count(*) FROM case_filing t%s"
            + " WHERE t.org_unit = ? AND t.filed_on BETWEEN ? AND ? GROUP BY 1";
    /** Joint inspections by a key of the operation itself: its day or village. */
    private static final String OPERATIONS = "SELECT %s, count(*) FROM joint_operation t%s"
            + " WHERE t.org_unit = ? AND t.conducted_on BETWEEN ? AND ? GROUP BY 1";
    /** Joint inspections by a key of their objects: each operation once under each key its objects carry. */
    private static final String OPERATIONS_BY_OBJECTS = "SELECT %s, count(DISTINCT t.joint_operation_id)"
            + " FROM inspection_projection t JOIN joint_operation o ON o.operation_id = t.joint_operation_id%s"
            + " WHERE o.org_unit = ? AND o.conducted_on BETWEEN ? AND ? GROUP BY 1";

    private final AgroalDataSource dataSource;
    /** The inspections the year counts (InspectionFigures), by a key of the inspection. */
    private final String inspections;

    public Breakdowns(AgroalDataSource dataSource, InspectionFigures inspectionFigures) {
        this.dataSource = dataSource;
        this.inspections = "SELECT %s, count(*) FROM inspection_projection t%s"
                + " WHERE t.org_unit = ? AND t.conducted_on BETWEEN ? AND ? AND " + inspectionFigures.counted()
                + " GROUP BY 1";
    }

    /** The rows of the year, sorted by key. */
    public List<Row> of(String orgUnit, int year, Dimension by) {
        Map<String, Tally> tallies = new TreeMap<>();
        by.fixedKeys().forEach(key -> tallies.put(key, new Tally()));
        try (Connection connection = dataSource.getConnection()) {
            query(connection, DECISIONS, "decided_on", by, orgUnit, year, (rs, tally) -> {
                tally.decisions += rs.getLong(2);
                tally.fineTotal = tally.fineTotal.add(rs.getBigDecimal(3));
                tally.confiscationTotal = tally.confiscationTotal.add(rs.getBigDecimal(4));
            }, tallies);
            // Cases and inspections carry no penalty kind: split that way, they are all outside the rows.
            if (by != Dimension.PENALTY_KIND) {
                query(connection, CASES, "filed_on", by, orgUnit, year,
                        (rs, tally) -> tally.casesFiled += rs.getLong(2), tallies);
                query(connection, inspections, "conducted_on", by, orgUnit, year,
                        (rs, tally) -> tally.inspections += rs.getLong(2), tallies);
                boolean ofTheOperation = by == Dimension.MONTH || by == Dimension.VILLAGE;
                query(connection, ofTheOperation ? OPERATIONS : OPERATIONS_BY_OBJECTS, "conducted_on", by, orgUnit,
                        year, (rs, tally) -> tally.jointInspections += rs.getLong(2), tallies);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tallies.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList();
    }

    private interface Accumulate {
        void add(ResultSet rs, Tally tally) throws SQLException;
    }

    private static void query(Connection connection, String template, String dateColumn, Dimension by,
            String orgUnit, int year, Accumulate accumulate, Map<String, Tally> tallies) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                String.format(template, by.key(dateColumn), by.join()))) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(LocalDate.of(year, 1, 1)));
            statement.setDate(3, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    // A penalty decision that lists no penalty has no kind to be split under.
                    if (key != null) {
                        accumulate.add(rs, tallies.computeIfAbsent(key, k -> new Tally()));
                    }
                }
            }
        }
    }

    private static final class Tally {
        long decisions;
        BigDecimal fineTotal = BigDecimal.ZERO;
        BigDecimal confiscationTotal = BigDecimal.ZERO;
        long casesFiled;
        long inspections;
        long jointInspections;

        Row row(String key) {
            return new Row(key, decisions, fineTotal.setScale(2), confiscationTotal.setScale(2), casesFiled,
                    inspections, jointInspections);
        }
    }
}
