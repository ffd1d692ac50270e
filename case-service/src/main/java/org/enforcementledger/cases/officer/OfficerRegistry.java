package org.enforcementledger.cases.officer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Who may act on a day (R4.1), answered from the local replica. When the replica says no, the answer might only be
 * late: the registry first waits (briefly) for the replica to apply everything already on the topic, then asks
 * personnel-service itself. A refusal therefore never rests on an event still in flight, yet case-service keeps
 * working from its replica while personnel-service is down.
 */
@ApplicationScoped
public class OfficerRegistry {

    private static final Logger LOG = Logger.getLogger(OfficerRegistry.class);

    private static final String STANDINGS = "SELECT o.officer_id, o.org_unit, o.name, o.department_code,"
            + " o.department_kind, o.legal_profession_qualified, o.left_on,"
            + " (SELECT c.number FROM certificate_replica c WHERE c.officer_id = o.officer_id"
            + "   AND c.issued_on <= ? AND c.expires_on >= ?"
            + "   AND (SELECT s.status FROM certificate_replica_status s WHERE s.number = c.number"
            + "        AND s.effective_on <= ? ORDER BY s.effective_on DESC, s.seq DESC LIMIT 1) = 'VALID'"
            + "   ORDER BY c.issued_on DESC LIMIT 1),"
            + " (SELECT count(*) FROM certificate_replica c WHERE c.officer_id = o.officer_id)"
            + " FROM officer_replica o WHERE o.officer_id = ANY (?)";

    private final AgroalDataSource dataSource;
    private final PersonnelReplicaConsumer replica;
    private final PersonnelClient personnel;
    private final Duration catchUpTimeout;

    public OfficerRegistry(AgroalDataSource dataSource, PersonnelReplicaConsumer replica, PersonnelClient personnel,
            @ConfigProperty(name = "ledger.replica.catch-up-timeout", defaultValue = "3s") Duration catchUpTimeout) {
        this.dataSource = dataSource;
        this.replica = replica;
        this.personnel = personnel;
        this.catchUpTimeout = catchUpTimeout;
    }

    /** The standing of each officer on the day, in the order given; unknown officers have {@code name == null}. */
    public Map<UUID, OfficerStanding> standings(String orgUnit, Collection<UUID> officerIds, LocalDate day) {
        Map<UUID, OfficerStanding> standings = fromReplica(orgUnit, officerIds, day);
        if (allEligible(standings)) {
            return standings;
        }
        if (replica.awaitCaughtUp(catchUpTimeout)) {
            standings = fromReplica(orgUnit, officerIds, day);
            if (allEligible(standings)) {
                return standings;
            }
        }
        for (Map.Entry<UUID, OfficerStanding> entry : standings.entrySet()) {
            if (!entry.getValue().eligible()) {
                personnel.standing(entry.getKey(), day).ifPresent(fresh -> {
                    LOG.infof("Officer %s: replica says %s, personnel-service says eligible=%s", entry.getKey(),
                            entry.getValue().reason(), fresh.eligible());
                    entry.setValue(sameTown(orgUnit, fresh));
                });
            }
        }
        return standings;
    }

    private static boolean allEligible(Map<UUID, OfficerStanding> standings) {
        return standings.values().stream().allMatch(OfficerStanding::eligible);
    }

    /** Another town's officer is answered as unknown: a refusal must not tell that it exists, nor where. */
    private static OfficerStanding sameTown(String orgUnit, OfficerStanding standing) {
        if (orgUnit.equals(standing.orgUnit())) {
            return standing;
        }
        return new OfficerStanding(standing.officerId(), null, null, null, null, false, false, null,
                "is not a known officer");
    }

    private Map<UUID, OfficerStanding> fromReplica(String orgUnit, Collection<UUID> officerIds, LocalDate day) {
        Map<UUID, OfficerStanding> standings = new LinkedHashMap<>();
        for (UUID id : officerIds) {
            standings.put(id, new OfficerStanding(id, null, null, null, null, false, false, null,
                    "is not a known officer"));
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STANDINGS)) {
            Date sqlDay = Date.valueOf(day);
            statement.setDate(1, sqlDay);
            statement.setDate(2, sqlDay);
            statement.setDate(3, sqlDay);
            statement.setArray(4, connection.createArrayOf("uuid", officerIds.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    String certificate = rs.getString(8);
                    LocalDate leftOn = rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate();
                    String reason = null;
                    if (certificate == null) {
                        reason = rs.getLong(9) == 0 ? "holds no enforcement certificate"
                                : "holds no certificate in force on " + day
                                        + " (not yet issued, expired, suspended, cancelled or revoked)";
                    }
                    if (leftOn != null && !day.isBefore(leftOn)) {
                        certificate = null;
                        reason = "left the enforcement staff on " + leftOn;
                    }
                    standings.put(id, sameTown(orgUnit, new OfficerStanding(id, rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), certificate != null, certificate,
                            reason)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the officer replica", e);
        }
        return standings;
    }
}
