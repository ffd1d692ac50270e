package org.enforcementledger.report.casefile;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;

/**
 * Inspections of a year, counted from the projections as R8.7 and R8.8 say:
 * <ul>
 * <li>an inspection is one inspected object with a complete record (a patrol without an object, or a record without
 * findings, is none), by its conductedOn;</li>
 * <li>an inspection a case filed in the same year names (case.filed.v1's inspectionId) is counted under that act, not
 * as an inspection — unless {@code ledger.report.inspections-followed-by-act} is INCLUDE. A case filed in a later year
 * leaves it among its own year's inspections: that year counted it, and the act counts in its own year;</li>
 * <li>a joint inspection is one joint operation (联合检查行动) of the town with other enforcement bodies, counted once
 * by its conductedOn however many objects it inspected. The town's offices and brigade are one body: a team of them is
 * a single inspection, whatever flag an event of before issue #10 carries.</li>
 * </ul>
 * Counted when asked rather than when the events arrive, since an object, its operation and the case naming it come on
 * different keys and so in any order.
 */
@ApplicationScoped
public class InspectionFigures {

    /** Whether an inspection followed by a penalty or another act also counts as an inspection (R8.8). */
    public enum FollowedByAct {
        /** As R8.8 says: counted under the act only. */
        EXCLUDE,
        /** As other templates do: counted as an inspection too. */
        INCLUDE
    }

    public record Year(long total, long joint, long enterpriseRelated, long followedByAct) {
    }

    /** SQL: the inspection {@code t} was named by a case of its town filed in its year. */
    private static final String FOLLOWED_BY_ACT = "EXISTS (SELECT 1 FROM case_filing c"
            + " WHERE c.inspection_id = t.inspection_id AND c.org_unit = t.org_unit"
            + " AND extract(year FROM c.filed_on) = extract(year FROM t.conducted_on))";

    private final AgroalDataSource dataSource;
    private final FollowedByAct followedByAct;

    public InspectionFigures(AgroalDataSource dataSource,
            @ConfigProperty(name = "ledger.report.inspections-followed-by-act", defaultValue = "EXCLUDE")
            FollowedByAct followedByAct) {
        this.dataSource = dataSource;
        this.followedByAct = followedByAct;
    }

    public FollowedByAct followedByAct() {
        return followedByAct;
    }

    /** SQL: the inspection {@code t} counts among the inspections of its year. */
    String counted() {
        return followedByAct == FollowedByAct.EXCLUDE ? "t.record_complete AND NOT " + FOLLOWED_BY_ACT
                : "t.record_complete";
    }

    public Year of(String orgUnit, int year) {
        String inspections = "SELECT count(*) FILTER (WHERE " + counted() + "), count(*) FILTER (WHERE " + counted()
                + " AND t.enterprise_related), count(*) FILTER (WHERE t.record_complete AND " + FOLLOWED_BY_ACT + ")"
                + " FROM inspection_projection t WHERE t.org_unit = ? AND t.conducted_on BETWEEN ? AND ?";
        String joint = "SELECT count(*) FROM joint_operation WHERE org_unit = ? AND conducted_on BETWEEN ? AND ?";
        try (Connection connection = dataSource.getConnection()) {
            long[] objects = counts(connection, inspections, orgUnit, year, 3);
            long operations = counts(connection, joint, orgUnit, year, 1)[0];
            return new Year(objects[0], operations, objects[1], objects[2]);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] counts(Connection connection, String sql, String orgUnit, int year, int columns)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(LocalDate.of(year, 1, 1)));
            statement.setDate(3, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long[] counts = new long[columns];
                for (int i = 0; i < columns; i++) {
                    counts[i] = rs.getLong(i + 1);
                }
                return counts;
            }
        }
    }
}
