package org.enforcementledger.report.personnel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.agroal.api.AgroalDataSource;

/**
 * Personnel figures of a year (spec §11.5), computed from the projections:
 * <ul>
 * <li>{@code officers}: officers in an enforcement post at some time in the year (joined by 31 December, not left
 * before 1 January);</li>
 * <li>{@code certifiedAtYearEnd}: officers holding a certificate valid on 31 December — or today, for the current
 * year — that is issued, not expired, and not suspended, cancelled or revoked on that day;</li>
 * <li>{@code officersMeetingTrainingTarget}: those officers whose training hours completed in the year reach
 * {@code ledger.training.required-hours} (R4.3: 60).</li>
 * </ul>
 */
@ApplicationScoped
public class PersonnelFigures {

    public enum TrainingCategory {
        PUBLIC_LAW, BUSINESS, ENFORCEMENT_SKILLS
    }

    @Schema(name = "OfficerYear", description = "One officer's year: training, exams and certificate at year end")
    public record OfficerYear(UUID officerId, String name, String departmentCode, String departmentKind,
            boolean enforcementPost, Map<TrainingCategory, BigDecimal> trainingHours, BigDecimal trainingHoursTotal,
            boolean trainingTargetMet, boolean annualExamTaken, boolean annualExamPassed,
            @Schema(description = "Certificate held at year end (null if none was ever issued)") String certificateNumber,
            @Schema(description = "VALID, SUSPENDED, CANCELLED, REVOKED, EXPIRED, NOT_YET_ISSUED or NONE") String certificateStatusAtYearEnd) {
    }

    private final AgroalDataSource dataSource;
    private final BigDecimal requiredHours;
    private final Clock clock;

    public PersonnelFigures(AgroalDataSource dataSource,
            @ConfigProperty(name = "ledger.training.required-hours", defaultValue = "60") BigDecimal requiredHours,
            Clock clock) {
        this.dataSource = dataSource;
        this.requiredHours = requiredHours;
        this.clock = clock;
    }

    public BigDecimal requiredHours() {
        return requiredHours;
    }

    /** 31 December of the year, or today while the year is running. */
    public LocalDate yearEnd(int year) {
        LocalDate today = LocalDate.now(clock);
        return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    public long certifiedAtYearEnd(String orgUnit, int year) {
        String sql = "SELECT count(DISTINCT c.officer_id) FROM certificate_projection c"
                + " WHERE c.org_unit = ? AND c.issued_on <= ? AND c.expires_on >= ? AND " + STATUS_ON_DAY + " = 'VALID'";
        LocalDate day = yearEnd(year);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(day));
            statement.setDate(3, Date.valueOf(day));
            statement.setDate(4, Date.valueOf(day));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status a certificate {@code c} had on a day (the last change effective by then). */
    private static final String STATUS_ON_DAY = "(SELECT s.status FROM certificate_status_change s"
            + " WHERE s.number = c.number AND s.effective_on <= ? ORDER BY s.effective_on DESC, s.seq DESC LIMIT 1)";

    /** Every officer in an enforcement post at some time in the year, with their year. */
    public List<OfficerYear> officers(String orgUnit, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate end = yearEnd(year);
        Map<UUID, OfficerYear> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, Map<TrainingCategory, BigDecimal>> hours = trainingHours(connection, orgUnit, first, last);
            Map<UUID, boolean[]> exams = annualExams(connection, orgUnit, first, last);
            Map<UUID, String[]> certificates = certificatesAt(connection, orgUnit, end);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT officer_id, name, department_code, department_kind, enforcement_post FROM officer_projection"
                            + " WHERE org_unit = ? AND enforcement_post AND joined_on <= ?"
                            + " AND (left_on IS NULL OR left_on >= ?) ORDER BY department_code, name, officer_id")) {
                statement.setString(1, orgUnit);
                statement.setDate(2, Date.valueOf(last));
                statement.setDate(3, Date.valueOf(first));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        Map<TrainingCategory, BigDecimal> byCategory = hours.getOrDefault(id, zeroHours());
                        BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO.setScale(1),
                                BigDecimal::add);
                        boolean[] exam = exams.getOrDefault(id, new boolean[2]);
                        String[] certificate = certificates.getOrDefault(id, new String[] { null, "NONE" });
                        rows.put(id, new OfficerYear(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5), byCategory, total, total.compareTo(requiredHours) >= 0, exam[0],
                                exam[1], certificate[0], certificate[1]));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(rows.values());
    }

    private static Map<TrainingCategory, BigDecimal> zeroHours() {
        Map<TrainingCategory, BigDecimal> zero = new EnumMap<>(TrainingCategory.class);
        for (TrainingCategory category : TrainingCategory.values()) {
            zero.put(category, BigDecimal.ZERO.setScale(1));
        }
        return zero;
    }

    private static Map<UUID, Map<TrainingCategory, BigDecimal>> trainingHours(Connection connection, String orgUnit,
            LocalDate first, LocalDate last) throws SQLException {
        Map<UUID, Map<TrainingCategory, BigDecimal>> result = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT officer_id, category, sum(hours) FROM training_projection"
                        + " WHERE org_unit = ? AND completed_on BETWEEN ? AND ? GROUP BY officer_id, category")) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(first));
            statement.setDate(3, Date.valueOf(last));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> zeroHours())
                            .put(TrainingCategory.valueOf(rs.getString(2)), rs.getBigDecimal(3).setScale(1));
                }
            }
        }
        return result;
    }

    /** Per officer: [taken, passed] for the annual legal exam in the year. */
    private static Map<UUID, boolean[]> annualExams(Connection connection, String orgUnit, LocalDate first,
            LocalDate last) throws SQLException {
        Map<UUID, boolean[]> result = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT officer_id, bool_or(passed) FROM exam_projection WHERE org_unit = ? AND kind = 'ANNUAL_LEGAL'"
                        + " AND taken_on BETWEEN ? AND ? GROUP BY officer_id")) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(first));
            statement.setDate(3, Date.valueOf(last));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), new boolean[] { true, rs.getBoolean(2) });
                }
            }
        }
        return result;
    }

    /** Per officer: [number, status on the day] of their latest certificate issued by that day. */
    private static Map<UUID, String[]> certificatesAt(Connection connection, String orgUnit, LocalDate day)
            throws SQLException {
        Map<UUID, String[]> result = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT DISTINCT ON (c.officer_id) c.officer_id, c.number, c.issued_on, c.expires_on, "
                        + STATUS_ON_DAY + " FROM certificate_projection c WHERE c.org_unit = ?"
                        + " ORDER BY c.officer_id, (c.issued_on <= ?) DESC, c.issued_on DESC")) {
            statement.setDate(1, Date.valueOf(day));
            statement.setString(2, orgUnit);
            statement.setDate(3, Date.valueOf(day));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    LocalDate issuedOn = rs.getDate(3).toLocalDate();
                    LocalDate expiresOn = rs.getDate(4).toLocalDate();
                    String status = rs.getString(5);
                    if (day.isBefore(issuedOn)) {
                        status = "NOT_YET_ISSUED";
                    } else if (day.isAfter(expiresOn) && !"CANCELLED".equals(status) && !"REVOKED".equals(status)) {
                        status = "EXPIRED";
                    }
                    result.put(rs.getObject(1, UUID.class), new String[] { rs.getString(2), status });
                }
            }
        }
        return result;
    }
}
