package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for the handlers' parameterised statements, and the one way their parameters are bound. */
public final class Sql {

    private Sql() {
    }

    /** Runs one statement at once (parameters as {@link #bind} takes them). */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds UUID, LocalDate, String, Number, Boolean, a {@code Collection} of strings (a {@code text[]}) or null. */
    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof Collection<?> texts) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("text", texts.toArray()));
            } else {
                statement.setObject(i + 1, value);
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
}
