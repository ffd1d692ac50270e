package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which facts a batch finds stored already, by each fact's own id (a certificate's number, a training's id, a case's
 * id, ...): loaded for the batch's ids in one query per table, then kept current in memory as the batch adds facts. A
 * fact delivered again — under the same event id or, after a re-publication, a replay or a restore, under a new one —
 * is thereby recognised and moves no figure twice. The rows themselves are inserted with
 * {@code ON CONFLICT (id) DO NOTHING}, so a write is idempotent by the fact's id as well.
 */
public final class FactIds {

    /** A table keyed by a fact's own id, and the SQL type of that id. */
    public record Table(String name, String idColumn, String idType) {

        /** An insert of the table's columns, in order, that leaves a stored fact as it is. */
        public String insert(String columns) {
            return "INSERT INTO " + name + " (" + columns + ") VALUES ("
                    + "?, ".repeat(columns.split(",").length - 1) + "?) ON CONFLICT (" + idColumn + ") DO NOTHING";
        }
    }

    private final Connection connection;
    private final Map<Table, Set<Object>> stored = new HashMap<>();

    private FactIds(Connection connection) {
        this.connection = connection;
    }

    public static FactIds of(Batch batch) {
        return batch.state(FactIds.class, () -> new FactIds(batch.connection()));
    }

    /** Learns which of these ids the table holds already. */
    public void load(Table table, Collection<?> ids) throws SQLException {
        Set<Object> known = stored.computeIfAbsent(table, t -> new HashSet<>());
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + table.idColumn() + " FROM "
                + table.name() + " WHERE " + table.idColumn() + " = ANY (?)")) {
            select.setArray(1, connection.createArrayOf(table.idType(), ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getObject(1));
                }
            }
        }
    }

    /** True the first time the fact is seen: not stored before the batch, nor added earlier in it. */
    public boolean add(Table table, Object id) {
        Set<Object> known = stored.get(table);
        if (known == null) {
            throw new IllegalStateException("Ids of " + table.name() + " were not loaded for this batch");
        }
        return known.add(id);
    }
}
