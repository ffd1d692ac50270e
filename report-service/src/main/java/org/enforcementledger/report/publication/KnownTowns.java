package org.enforcementledger.report.publication;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The towns and streets (乡镇/街道) known for a year: those with figures of that year — a running figure, an
 * inspection or joint operation, an exam or an absence in the year, or an officer on the staff during it. There is no
 * directory of org units yet; when one arrives (issue #11, item 1), its towns are known too, and a town that should
 * have published but recorded nothing shows up as not published.
 */
@ApplicationScoped
public class KnownTowns {

    private static final String KNOWN = "SELECT org_unit FROM annual_figure WHERE year = ?"
            + " UNION SELECT org_unit FROM inspection_projection WHERE conducted_on BETWEEN ? AND ?"
            + " UNION SELECT org_unit FROM joint_operation WHERE conducted_on BETWEEN ? AND ?"
            + " UNION SELECT org_unit FROM exam_projection WHERE taken_on BETWEEN ? AND ?"
            + " UNION SELECT org_unit FROM exam_absence WHERE held_on BETWEEN ? AND ?"
            + " UNION SELECT org_unit FROM officer_projection WHERE joined_on <= ? AND (left_on IS NULL OR left_on >= ?)";

    private final AgroalDataSource dataSource;

    public KnownTowns(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The towns known for the year, by code. */
    public Set<String> of(int year) {
        Date first = Date.valueOf(LocalDate.of(year, 1, 1));
        Date last = Date.valueOf(LocalDate.of(year, 12, 31));
        Set<String> towns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(KNOWN)) {
            select.setInt(1, year);
            for (int i = 2; i <= 8; i += 2) {
                select.setDate(i, first);
                select.setDate(i + 1, last);
            }
            select.setDate(10, last);
            select.setDate(11, first);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    towns.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the towns known for " + year, e);
        }
        return towns;
    }
}
