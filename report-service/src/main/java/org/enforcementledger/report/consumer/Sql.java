package org.enforcementledger.report.consumer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for the handlers' parameterised statements. */
public final class Sql {

    private Sql() {
    }

    /** Runs one statement with the given parameters (UUID, LocalDate, String, Number, Boolean, Array or null). */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs a query whose single row's first column is a whole number, such as {@code SELECT count(*)}. */
    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static LocalDate date(JsonNode data, String field) {
        return LocalDate.parse(data.path(field).asText());
    }

    public static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }

    public static List<String> texts(JsonNode data, String field) {
        List<String> texts = new ArrayList<>();
        data.path(field).forEach(element -> texts.add(element.asText()));
        return texts;
    }

    /** A PostgreSQL {@code text[]} parameter. */
    public static Array textArray(Connection connection, List<String> texts) throws SQLException {
        return connection.createArrayOf("text", texts.toArray(String[]::new));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
