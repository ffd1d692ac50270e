package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.Figures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Certificate movements (spec §11.5): issued counts in the year of issue, cancelled (注销), revoked (吊销) and
 * suspended (暂扣) in the year they took effect. Every status change is kept, for "certified at year end".
 */
@ApplicationScoped
public class CertificateEventsHandler implements EventHandler {

    private static final String PREFIX = "enforcementledger.personnel.certificate.";
    static final String ISSUED = PREFIX + "issued.v1";
    static final String REVIEWED = PREFIX + "annual-review-recorded.v1";

    public static final String CERTIFICATES_ISSUED = "personnel.certificatesIssued";
    public static final String CERTIFICATES_SUSPENDED = "personnel.certificatesSuspended";
    public static final String CERTIFICATES_CANCELLED = "personnel.certificatesCancelled";
    public static final String CERTIFICATES_REVOKED = "personnel.certificatesRevoked";

    /** The status-change types and the figure each moves. */
    private static final Map<String, String> CHANGES = Map.of(
            PREFIX + "suspended.v1", CERTIFICATES_SUSPENDED,
            PREFIX + "reinstated.v1", "",
            PREFIX + "cancelled.v1", CERTIFICATES_CANCELLED,
            PREFIX + "revoked.v1", CERTIFICATES_REVOKED);

    @Override
    public Set<String> types() {
        return Set.of(ISSUED, REVIEWED, PREFIX + "suspended.v1", PREFIX + "reinstated.v1", PREFIX + "cancelled.v1",
                PREFIX + "revoked.v1");
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        String number = data.path("certificateNumber").asText();
        if (ISSUED.equals(event.type())) {
            LocalDate issuedOn = date(data, "issuedOn");
            batch.defer("INSERT INTO certificate_projection (number, officer_id, org_unit, issued_on,"
                    + " expires_on, status) VALUES (?, ?, ?, ?, ?, 'VALID')", number, uuid(data, "officerId"),
                    event.orgUnit(), issuedOn, date(data, "expiresOn"));
            statusFrom(batch, number, issuedOn, "VALID");
            Figures.increment(batch.connection(), event.orgUnit(), issuedOn.getYear(), CERTIFICATES_ISSUED);
            return;
        }
        LocalDate effectiveOn = REVIEWED.equals(event.type()) ? date(data, "reviewedOn") : date(data, "effectiveOn");
        String status = data.path("status").asText();
        statusFrom(batch, number, effectiveOn, status);
        batch.defer("UPDATE certificate_projection SET status = ? WHERE number = ?", status, number);
        String figure = CHANGES.get(event.type());
        if (figure != null && !figure.isEmpty()) {
            Figures.increment(batch.connection(), event.orgUnit(), effectiveOn.getYear(), figure);
        }
    }

    private static void statusFrom(Batch batch, String number, LocalDate effectiveOn, String status) {
        batch.defer("INSERT INTO certificate_status_change (number, effective_on, status) VALUES (?, ?, ?)",
                number, effectiveOn, status);
    }
}
