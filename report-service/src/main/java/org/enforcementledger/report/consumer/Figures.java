package org.enforcementledger.report.consumer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Adds to the running annual figures ({@code annual_figure}) inside the consumer's transaction. */
public final class Figures {

    private Figures() {
    }

    public static void add(Connection connection, String orgUnit, int year, String figure, BigDecimal amount)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO annual_figure (org_unit, year, figure, value) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (org_unit, year, figure) DO UPDATE SET value = annual_figure.value + EXCLUDED.value")) {
            upsert.setString(1, orgUnit);
            upsert.setInt(2, year);
            upsert.setString(3, figure);
            upsert.setBigDecimal(4, amount);
            upsert.executeUpdate();
        }
    }

    public static void increment(Connection connection, String orgUnit, int year, String figure) throws SQLException {
        add(connection, orgUnit, year, figure, BigDecimal.ONE);
    }
}
