package org.enforcementledger.report.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.FactIds;

/**
 * What one batch knows of the case projections: which facts are stored (loaded for the batch's ids in one query per
 * table, then kept up to date in memory), the decisions and review counts of the batch's cases, and the rows to write
 * when the batch ends — one JDBC batch per table.
 *
 * <p>
 * Each fact table is only ever inserted into, once per id ({@link FactIds}), and the decision of a case is written
 * once with its last version, so deferring and grouping the writes per table keeps every result of applying them one
 * by one.
 */
final class CaseFacts implements Batch.Deferring {

    /** The fact tables: each fact is stored once under its own id. */
    enum Fact {
        CASE_FILING("case_filing", "case_id",
                "case_id, org_unit, filed_on, matter_code, matter_source, village_code, department_codes, inspection_id"),
        CASE_CLOSURE("case_closure", "case_id", "case_id, org_unit, closed_on"),
        REVIEW_FILING("review_filing", "review_id", "review_id, case_id, org_unit, kind, filed_on"),
        REVIEW_CONCLUSION("review_conclusion", "review_id",
                "review_id, case_id, org_unit, kind, outcome, concluded_on, corrected"),
        INSPECTION("inspection_projection", "inspection_id", "inspection_id, org_unit, conducted_on, matter_code,"
                + " matter_source, village_code, department_codes, enterprise_related, joint_operation_id,"
                + " record_complete"),
        JOINT_OPERATION("joint_operation", "operation_id", "operation_id, org_unit, conducted_on, village_code,"
                + " lead_body_code, participating_body_codes, kind, object_count, enterprise_related"),
        COERCIVE_MEASURE("coercive_measure_projection", "measure_id",
                "measure_id, case_id, org_unit, kind, applied_on"),
        EXPROPRIATION("expropriation_projection", "expropriation_id", "expropriation_id, org_unit, kind, recorded_on");

        private final FactIds.Table table;
        private final String insert;

        Fact(String table, String idColumn, String columns) {
            this.table = new FactIds.Table(table, idColumn, "uuid");
            this.insert = this.table.insert(columns);
        }
    }

    private final Connection connection;
    private final FactIds stored;
    private final Map<Fact, List<Object[]>> newRows = new EnumMap<>(Fact.class);
    private final Map<UUID, Optional<Decision>> decisions = new HashMap<>();
    private final Map<UUID, Decision> changedDecisions = new LinkedHashMap<>();
    private final Map<UUID, Long> reviews = new HashMap<>();

    private CaseFacts(Batch batch) {
        this.connection = batch.connection();
        this.stored = FactIds.of(batch);
        for (Fact fact : Fact.values()) {
            newRows.put(fact, new ArrayList<>());
        }
    }

    static CaseFacts of(Batch batch) {
        return batch.state(CaseFacts.class, () -> new CaseFacts(batch));
    }

    /** Learns which of these ids the table holds already. */
    void load(Fact fact, Collection<UUID> ids) throws SQLException {
        stored.load(fact.table, ids);
    }

    /**
     * Stores a fact unless one with its id is stored already; true if it is new. The row's values are in the order of
     * the fact's columns, the id first.
     */
    boolean insert(Fact fact, UUID id, Object... row) {
        if (!stored.add(fact.table, id)) {
            return false;
        }
        newRows.get(fact).add(row);
        return true;
    }

    /** Loads the decisions of these cases and how many reviews each drew. */
    void loadCases(Collection<UUID> caseIds) throws SQLException {
        List<UUID> missing = caseIds.stream().filter(id -> !decisions.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        for (UUID caseId : missing) {
            decisions.put(caseId, Optional.empty());
            reviews.put(caseId, 0L);
        }
        for (Decision decision : Decision.findAll(connection, missing)) {
            decisions.put(decision.caseId(), Optional.of(decision));
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT case_id, count(*) FROM review_filing"
                + " WHERE case_id = ANY (?) GROUP BY case_id")) {
            select.setArray(1, connection.createArrayOf("uuid", missing.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reviews.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        }
    }

    /** The case's decision as it now stands. */
    Optional<Decision> decision(UUID caseId) {
        return loaded(decisions.get(caseId), caseId);
    }

    /** Reviews filed against the case's decision so far. */
    long reviews(UUID caseId) {
        return loaded(reviews.get(caseId), caseId);
    }

    /** Counts a new review of the case's decision; returns how many it has drawn now. */
    long reviewFiled(UUID caseId) {
        long count = reviews(caseId) + 1;
        reviews.put(caseId, count);
        return count;
    }

    void store(Decision decision) {
        decisions.put(decision.caseId(), Optional.of(decision));
        changedDecisions.put(decision.caseId(), decision);
    }

    @Override
    public void beforeFlush(Batch batch) {
        for (Fact fact : Fact.values()) {
            for (Object[] row : newRows.get(fact)) {
                batch.defer(fact.insert, row);
            }
        }
        for (Decision decision : changedDecisions.values()) {
            decision.store(batch);
        }
    }

    private static <T> T loaded(T value, UUID caseId) {
        if (value == null) {
            throw new IllegalStateException("Case " + caseId + " was not loaded for this batch");
        }
        return value;
    }
}
