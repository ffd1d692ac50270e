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
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.cases.rules.OfficerRules;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Who may act on a day (R4.1), answered from the local replica. When the replica says no, the answer might only be
 * late: the registry first waits (briefly) for the replica to apply everything already on the topic, then asks
 * personnel-service itself. A refusal therefore never rests on an event still in flight, yet case-service keeps
 * working from its replica while personnel-service is down.
 *
 * <p>
 * What personnel-service is asked for is the certificate an officer holds that day. That the officer had left the
 * enforcement staff, or was out of an enforcement post that day, the replica knows from the officer's own events, day
 * by day; personnel-service's answer does not undo it (its officer record says only where the officer is now).
 */
@ApplicationScoped
public class OfficerRegistry {

    private static final Logger LOG = Logger.getLogger(OfficerRegistry.class);

    /**
     * Per officer: who they are, when they left, since when they are out of an enforcement post on the day (the start
     * of the last run of "not in post" changes on or before it; null when in post or never recorded), the newest
     * certificate in force that day, and how many certificates they hold.
     */
    private static final String STANDINGS = "SELECT o.officer_id, o.org_unit, o.name, o.department_code,"
            + " o.department_kind, o.legal_profession_qualified, o.left_on,"
            + " (SELECT c.number FROM certificate_replica c WHERE c.officer_id = o.officer_id"
            + "   AND c.issued_on <= ? AND c.expires_on >= ?"
            + "   AND (SELECT s.status FROM certificate_replica_status s WHERE s.number = c.number"
            + "        AND s.effective_on <= ? ORDER BY s.effective_on DESC, s.seq DESC LIMIT 1) = 'VALID'"
            + "   ORDER BY c.issued_on DESC LIMIT 1),"
            + " (SELECT count(*) FROM certificate_replica c WHERE c.officer_id = o.officer_id),"
            + " (SELECT min(p.effective_on) FROM officer_replica_post p WHERE p.officer_id = o.officer_id"
            + "   AND p.effective_on <= ? AND NOT p.enforcement_post"
            + "   AND NOT EXISTS (SELECT 1 FROM officer_replica_post q WHERE q.officer_id = p.officer_id"
            + "        AND q.enforcement_post AND q.effective_on <= ?"
            + "        AND (q.effective_on, q.seq) > (p.effective_on, p.seq)))"
            + " FROM officer_replica o WHERE o.officer_id = ANY (?)";

    /** The replica's answer, and whether it rests on the officer's service (left, out of post) rather than a certificate. */
    private record Looked(OfficerStanding standing, boolean known, boolean outOfService) {
    }

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
        Map<UUID, Looked> looked = fromReplica(orgUnit, officerIds, day);
        if (allEligible(looked)) {
            return standingsOf(looked);
        }
        if (replica.awaitCaughtUp(catchUpTimeout)) {
            looked = fromReplica(orgUnit, officerIds, day);
            if (allEligible(looked)) {
                return standingsOf(looked);
            }
        }
        Map<UUID, OfficerStanding> standings = standingsOf(looked);
        for (Map.Entry<UUID, Looked> entry : looked.entrySet()) {
            Looked replicaSays = entry.getValue();
            if (!replicaSays.standing().eligible() && !replicaSays.outOfService()) {
                personnel.answer(entry.getKey(), day).ifPresent(answer -> {
                    OfficerStanding fresh = fromPersonnel(entry.getKey(), answer, replicaSays.known(), day);
                    LOG.infof("Officer %s: replica says %s, personnel-service says eligible=%s", entry.getKey(),
                            replicaSays.standing().reason(), fresh.eligible());
                    standings.put(entry.getKey(), sameTown(orgUnit, fresh));
                });
            }
        }
        return standings;
    }

    /**
     * personnel-service's certificate answer; its current post only for an officer the replica does not know yet (for
     * one it knows, the replica has just said the officer was in post that day).
     */
    private static OfficerStanding fromPersonnel(UUID officerId, PersonnelClient.Answer answer, boolean known,
            LocalDate day) {
        String reason = OfficerRules.outOfService(day, answer.leftOn(), known || answer.enforcementPost(), null)
                .orElse(answer.certificateInForce() ? null : answer.certificateRefusal());
        return new OfficerStanding(officerId, answer.orgUnit(), answer.name(), answer.departmentCode(),
                answer.departmentKind(), answer.legalProfessionQualified(), reason == null,
                reason == null ? answer.certificateNumber() : null, reason);
    }

    private static boolean allEligible(Map<UUID, Looked> looked) {
        return looked.values().stream().allMatch(l -> l.standing().eligible());
    }

    private static Map<UUID, OfficerStanding> standingsOf(Map<UUID, Looked> looked) {
        Map<UUID, OfficerStanding> standings = new LinkedHashMap<>();
        looked.forEach((id, l) -> standings.put(id, l.standing()));
        return standings;
    }

    /** Another town's officer is answered as unknown: a refusal must not tell that it exists, nor where. */
    private static OfficerStanding sameTown(String orgUnit, OfficerStanding standing) {
        if (orgUnit.equals(standing.orgUnit())) {
            return standing;
        }
        return unknown(standing.officerId());
    }

    private static OfficerStanding unknown(UUID officerId) {
        return new OfficerStanding(officerId, null, null, null, null, false, false, null, "is not a known officer");
    }

    private Map<UUID, Looked> fromReplica(String orgUnit, Collection<UUID> officerIds, LocalDate day) {
        Map<UUID, Looked> looked = new LinkedHashMap<>();
        for (UUID id : officerIds) {
            looked.put(id, new Looked(unknown(id), false, false));
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STANDINGS)) {
            Date sqlDay = Date.valueOf(day);
            for (int i = 1; i <= 5; i++) {
                statement.setDate(i, sqlDay);
            }
            statement.setArray(6, connection.createArrayOf("uuid", officerIds.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    String certificate = rs.getString(8);
                    LocalDate leftOn = localDate(rs.getDate(7));
                    LocalDate outOfPostSince = localDate(rs.getDate(10));
                    Optional<String> outOfService = OfficerRules.outOfService(day, leftOn, outOfPostSince == null,
                            outOfPostSince);
                    String reason = outOfService.orElse(certificate != null ? null
                            : rs.getLong(9) == 0 ? "holds no enforcement certificate"
                                    : "holds no certificate in force on " + day
                                            + " (not yet issued, expired, suspended, cancelled or revoked)");
                    OfficerStanding standing = new OfficerStanding(id, rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), reason == null,
                            reason == null ? certificate : null, reason);
                    OfficerStanding inTown = sameTown(orgUnit, standing);
                    looked.put(id, new Looked(inTown, inTown == standing, inTown == standing && outOfService.isPresent()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the officer replica", e);
        }
        return looked;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
