package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.FactIds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Certificate movements (spec §11.5): issued counts in the year of issue, cancelled (注销), revoked (吊销) and
 * suspended (暂扣) in the year they took effect. Every status change is kept, for "certified at year end".
 *
 * <p>
 * A certificate is stored and counted once under its number, however often its issue is delivered. A status change
 * has no id of its own in the contract, and a certificate may take the same status twice on one day (suspended,
 * reinstated, suspended again), so status changes are told apart by their event id only.
 */
@ApplicationScoped
public class CertificateEventsHandler implements EventHandler {

    private static final String PREFIX = "enforcementledger.personnel.certificate.";
    static final String ISSUED = PREFIX + "issued.v1";
    static final String REVIEWED = PREFIX + "annual-review-recorded.v1";

    private static final FactIds.Table CERTIFICATES = new FactIds.Table("certificate_projection", "number", "text");
    private static final String INSERT_CERTIFICATE = CERTIFICATES
            .insert("number, officer_id, org_unit, issued_on, expires_on, status");

    /** The status-change types and the figure each moves. */
    private static final Map<String, String> CHANGES = Map.of(
            PREFIX + "suspended.v1", PersonnelCounters.CERTIFICATES_SUSPENDED,
            PREFIX + "reinstated.v1", "",
            PREFIX + "cancelled.v1", PersonnelCounters.CERTIFICATES_CANCELLED,
            PREFIX + "revoked.v1", PersonnelCounters.CERTIFICATES_REVOKED);

    @Override
    public Set<String> types() {
        return Set.of(ISSUED, REVIEWED, PREFIX + "suspended.v1", PREFIX + "reinstated.v1", PREFIX + "cancelled.v1",
                PREFIX + "revoked.v1");
    }

    @Override
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        FactIds.of(batch).load(CERTIFICATES, events.stream().filter(e -> ISSUED.equals(e.type()))
                .map(e -> e.data().path("certificateNumber").asText()).toList());
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        String number = data.path("certificateNumber").asText();
        if (ISSUED.equals(event.type())) {
            if (!FactIds.of(batch).add(CERTIFICATES, number)) {
                return;
            }
            LocalDate issuedOn = date(data, "issuedOn");
            batch.defer(INSERT_CERTIFICATE, number, uuid(data, "officerId"), event.orgUnit(), issuedOn,
                    date(data, "expiresOn"), "VALID");
            statusFrom(batch, number, issuedOn, "VALID");
            batch.increment(event.orgUnit(), issuedOn.getYear(), PersonnelCounters.CERTIFICATES_ISSUED);
            return;
        }
        LocalDate effectiveOn = REVIEWED.equals(event.type()) ? date(data, "reviewedOn") : date(data, "effectiveOn");
        String status = data.path("status").asText();
        statusFrom(batch, number, effectiveOn, status);
        batch.defer("UPDATE certificate_projection SET status = ? WHERE number = ?", status, number);
        String figure = CHANGES.get(event.type());
        if (figure != null && !figure.isEmpty()) {
            batch.increment(event.orgUnit(), effectiveOn.getYear(), figure);
        }
    }

    private static void statusFrom(Batch batch, String number, LocalDate effectiveOn, String status) {
        batch.defer("INSERT INTO certificate_status_change (number, effective_on, status) VALUES (?, ?, ?)",
                number, effectiveOn, status);
    }
}
