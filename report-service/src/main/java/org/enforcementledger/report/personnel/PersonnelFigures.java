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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.agroal.api.AgroalDataSource;

/**
 * Personnel figures of a year (spec §11.5, R4.3, R4.4), computed from the projections. The year's last day is 31
 * December, or today while the year is running ({@link #yearEnd}).
 * <ul>
 * <li>{@code officers}: officers in an enforcement post at some time in the year, by their post history;</li>
 * <li>{@code officersAtYearEnd}: officers in an enforcement post on the year's last day — not left by then;</li>
 * <li>{@code certifiedAtYearEnd}: of those, the ones holding a certificate valid that day (issued, not expired, not
 * suspended, cancelled or revoked): 持证率 is certifiedAtYearEnd / officersAtYearEnd;</li>
 * <li>training: hours completed in the year, per area; an officer meets the R4.3 target with at least
 * {@code ledger.training.required-hours} (60) covering all three areas;</li>
 * <li>annual legal exam: officers who sat it in the year and officers who passed it (a failed sitting followed by a
 * passed one: one officer who sat, one who passed); officers recorded absent in the year who did not sit; expected to
 * sit: the officers in an enforcement post on the year's last day, and any other officer who sat or was recorded
 * absent in the year.</li>
 * </ul>
 */
@ApplicationScoped
public class PersonnelFigures {

    public enum TrainingCategory {
        PUBLIC_LAW, BUSINESS, ENFORCEMENT_SKILLS
    }

    @Schema(name = "OfficerYear", description = "One officer's year: post, training, exams and certificate at year end")
    public record OfficerYear(UUID officerId, String name, String departmentCode, String departmentKind,
            @Schema(description = "In an enforcement post, as last reported") boolean enforcementPost,
            @Schema(description = "In an enforcement post on 31 December (today for the current year): counted in 持证率") boolean inEnforcementPostAtYearEnd,
            Map<TrainingCategory, BigDecimal> trainingHours, BigDecimal trainingHoursTotal,
            @Schema(description = "Areas of R4.3 without any hours in the year; the target needs all three") List<TrainingCategory> trainingAreasMissing,
            @Schema(description = "At least the required hours (60), covering all three areas (R4.3)") boolean trainingTargetMet,
            boolean annualExamTaken,
            @Schema(description = "Passed at one sitting of the year at least") boolean annualExamPassed,
            @Schema(description = "Recorded absent from the annual legal exam in the year, and did not sit it") boolean annualExamAbsent,
            @Schema(description = "Certificate held at year end (null if none was ever issued)") String certificateNumber,
            @Schema(description = "VALID, SUSPENDED, CANCELLED, REVOKED, EXPIRED, NOT_YET_ISSUED or NONE") String certificateStatusAtYearEnd) {
    }

    /** A year's personnel figures of one town, besides the running counters. */
    public record Year(List<OfficerYear> officers, long officersAtYearEnd, long certifiedAtYearEnd,
            BigDecimal trainingHoursOfOfficers, long examsTaken, long examsPassed, long examAbsences,
            long examsExpected) {
    }

    /** What the projections know of an officer, with the post history. */
    private record Officer(UUID id, String name, String departmentCode, String departmentKind,
            boolean enforcementPost, LocalDate joinedOn, LocalDate leftOn, NavigableMap<LocalDate, Boolean> posts) {

        /** In a post on the day: joined, not left by then, and in a post from the last change on or before it. */
        boolean inPostOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day)) && postFrom(day);
        }

        /** In a post on some day of [first, last]. */
        boolean inPostDuring(LocalDate first, LocalDate last) {
            if (joinedOn.isAfter(last) || (leftOn != null && leftOn.isBefore(first))) {
                return false;
            }
            LocalDate from = joinedOn.isAfter(first) ? joinedOn : first;
            return postFrom(from) || posts.subMap(from, false, last, true).containsValue(true);
        }

        /** The post from the last change on or before the day; before the first change, the first one's. */
        private boolean postFrom(LocalDate day) {
            Map.Entry<LocalDate, Boolean> change = posts.floorEntry(day);
            if (change == null) {
                change = posts.firstEntry();
            }
            return change != null && change.getValue();
        }
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

    /** Every officer in an enforcement post at some time in the year, with their year. */
    public List<OfficerYear> officers(String orgUnit, int year) {
        return year(orgUnit, year).officers();
    }

    public Year year(String orgUnit, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate end = yearEnd(year);
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, Map<TrainingCategory, BigDecimal>> hours = trainingHours(connection, orgUnit, first, last);
            Map<UUID, Boolean> exams = annualExams(connection, orgUnit, first, last);
            Set<UUID> absent = annualExamAbsences(connection, orgUnit, first, last);
            absent.removeAll(exams.keySet());
            Map<UUID, String[]> certificates = certificatesAt(connection, orgUnit, end);
            Set<UUID> certified = certifiedOn(connection, orgUnit, end);
            List<OfficerYear> rows = new ArrayList<>();
            Set<UUID> atYearEnd = new HashSet<>();
            BigDecimal hoursOfOfficers = BigDecimal.ZERO.setScale(1);
            for (Officer officer : officers(connection, orgUnit)) {
                if (!officer.inPostDuring(first, last)) {
                    continue;
                }
                boolean inPostAtYearEnd = officer.inPostOn(end);
                if (inPostAtYearEnd) {
                    atYearEnd.add(officer.id());
                }
                Map<TrainingCategory, BigDecimal> byCategory = hours.getOrDefault(officer.id(), zeroHours());
                BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
                hoursOfOfficers = hoursOfOfficers.add(total);
                List<TrainingCategory> missing = Arrays.stream(TrainingCategory.values())
                        .filter(category -> byCategory.get(category).signum() == 0).toList();
                Boolean passed = exams.get(officer.id());
                String[] certificate = certificates.getOrDefault(officer.id(), new String[] { null, "NONE" });
                rows.add(new OfficerYear(officer.id(), officer.name(), officer.departmentCode(),
                        officer.departmentKind(), officer.enforcementPost(), inPostAtYearEnd, byCategory, total,
                        missing, total.compareTo(requiredHours) >= 0 && missing.isEmpty(), passed != null,
                        Boolean.TRUE.equals(passed), absent.contains(officer.id()), certificate[0], certificate[1]));
            }
            long certifiedAtYearEnd = atYearEnd.stream().filter(certified::contains).count();
            Set<UUID> expected = new HashSet<>(atYearEnd);
            expected.addAll(exams.keySet());
            expected.addAll(absent);
            return new Year(rows, atYearEnd.size(), certifiedAtYearEnd, hoursOfOfficers, exams.size(),
                    exams.values().stream().filter(Boolean::booleanValue).count(), absent.size(), expected.size());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The town's officers with their post history, by department and name. */
    private static List<Officer> officers(Connection connection, String orgUnit) throws SQLException {
        Map<UUID, NavigableMap<LocalDate, Boolean>> posts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.officer_id, p.effective_on,"
                + " p.enforcement_post FROM officer_post_change p JOIN officer_projection o USING (officer_id)"
                + " WHERE o.org_unit = ?")) {
            statement.setString(1, orgUnit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    posts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new TreeMap<>())
                            .put(rs.getDate(2).toLocalDate(), rs.getBoolean(3));
                }
            }
        }
        List<Officer> officers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT officer_id, name, department_code,"
                + " department_kind, enforcement_post, joined_on, left_on FROM officer_projection WHERE org_unit = ?"
                + " ORDER BY department_code, name, officer_id")) {
            statement.setString(1, orgUnit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    Date leftOn = rs.getDate(7);
                    officers.add(new Officer(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                            rs.getDate(6).toLocalDate(), leftOn == null ? null : leftOn.toLocalDate(),
                            posts.getOrDefault(id, new TreeMap<>())));
                }
            }
        }
        return officers;
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

    /** The officers of the town who sat the annual legal exam in the year, and whether they passed at a sitting. */
    private static Map<UUID, Boolean> annualExams(Connection connection, String orgUnit, LocalDate first,
            LocalDate last) throws SQLException {
        Map<UUID, Boolean> result = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT officer_id, bool_or(passed) FROM exam_projection WHERE org_unit = ? AND kind = 'ANNUAL_LEGAL'"
                        + " AND taken_on BETWEEN ? AND ? GROUP BY officer_id")) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(first));
            statement.setDate(3, Date.valueOf(last));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                }
            }
        }
        return result;
    }

    /** The officers of the town recorded absent from the annual legal exam in the year. */
    private static Set<UUID> annualExamAbsences(Connection connection, String orgUnit, LocalDate first,
            LocalDate last) throws SQLException {
        Set<UUID> result = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT officer_id FROM exam_absence"
                + " WHERE org_unit = ? AND kind = 'ANNUAL_LEGAL' AND held_on BETWEEN ? AND ?")) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(first));
            statement.setDate(3, Date.valueOf(last));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return result;
    }

    /** The status a certificate {@code c} had on a day (the last change effective by then). */
    private static final String STATUS_ON_DAY = "(SELECT s.status FROM certificate_status_change s"
            + " WHERE s.number = c.number AND s.effective_on <= ? ORDER BY s.effective_on DESC, s.seq DESC LIMIT 1)";

    /** The officers holding a certificate valid on the day: issued, not expired, and VALID then. */
    private static Set<UUID> certifiedOn(Connection connection, String orgUnit, LocalDate day) throws SQLException {
        Set<UUID> result = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT c.officer_id"
                + " FROM certificate_projection c WHERE c.org_unit = ? AND c.issued_on <= ? AND c.expires_on >= ?"
                + " AND " + STATUS_ON_DAY + " = 'VALID'")) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(day));
            statement.setDate(3, Date.valueOf(day));
            statement.setDate(4, Date.valueOf(day));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getObject(1, UUID.class));
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
