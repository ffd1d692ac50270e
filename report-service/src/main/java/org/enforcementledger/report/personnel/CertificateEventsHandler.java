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
 * suspended (暂扣) in the year they took effect — a suspension by a failed annual review (年度审验, §4.2) as any other,
 * when it suspended a certificate that was not suspended already. Every status change is kept, for "certified at year
 * end".
 *
 * <p>
 * A certificate is stored and counted once under its number, however often its issue is delivered. A status change
 * carries the id of its certificate history row ({@code changeId}) and is applied once under it; one published before
 * that field existed is told apart by its event id only, since a certificate may take the same status twice on one day
 * (suspended, reinstated, suspended again).
 */
@ApplicationScoped
public class CertificateEventsHandler implements EventHandler {

    private static final String PREFIX = "enforcementledger.personnel.certificate.";
    static final String ISSUED = PREFIX + "issued.v1";
    static final String REVIEWED = PREFIX + "annual-review-recorded.v1";

    private static final FactIds.Table CERTIFICATES = new FactIds.Table("certificate_projection", "number", "text");
    private static final String INSERT_CERTIFICATE = CERTIFICATES
            .insert("number, officer_id, org_unit, issued_on, expires_on, status");
    private static final FactIds.Table STATUS_CHANGES = new FactIds.Table("certificate_status_change", "change_id",
            "bigint");
    private static final String INSERT_STATUS_CHANGE = STATUS_CHANGES
            .insert("number, effective_on, status, change_id");

    /** The status-change types and the figure each moves (none: ""). */
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
        FactIds facts = FactIds.of(batch);
        facts.load(CERTIFICATES, events.stream().filter(e -> ISSUED.equals(e.type()))
                .map(e -> e.data().path("certificateNumber").asText()).toList());
        facts.load(STATUS_CHANGES, events.stream().map(e -> e.data().path("changeId"))
                .filter(JsonNode::isIntegralNumber).map(JsonNode::asLong).toList());
        CertificateStatuses.of(batch).load(events.stream().filter(e -> REVIEWED.equals(e.type()))
                .map(e -> e.data().path("certificateNumber").asText()).distinct().toList());
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
            batch.defer(INSERT_STATUS_CHANGE, number, issuedOn, "VALID", null);
            CertificateStatuses.of(batch).changed(number, "VALID");
            batch.increment(event.orgUnit(), issuedOn.getYear(), PersonnelCounters.CERTIFICATES_ISSUED);
            return;
        }
        JsonNode changeId = data.path("changeId");
        if (changeId.isIntegralNumber() && !FactIds.of(batch).add(STATUS_CHANGES, changeId.asLong())) {
            return;
        }
        LocalDate effectiveOn = REVIEWED.equals(event.type()) ? date(data, "reviewedOn") : date(data, "effectiveOn");
        String status = data.path("status").asText();
        CertificateStatuses statuses = CertificateStatuses.of(batch);
        String before = statuses.current(number).orElse(null);
        statuses.changed(number, status);
        batch.defer(INSERT_STATUS_CHANGE, number, effectiveOn, status,
                changeId.isIntegralNumber() ? changeId.asLong() : null);
        batch.defer("UPDATE certificate_projection SET status = ? WHERE number = ?", status, number);
        String figure = REVIEWED.equals(event.type()) ? suspendedByReview(data, before) : CHANGES.get(event.type());
        if (!figure.isEmpty()) {
            batch.increment(event.orgUnit(), effectiveOn.getYear(), figure);
        }
    }

    /** A failed review suspends a certificate in force; one already suspended is not suspended again. */
    private static String suspendedByReview(JsonNode data, String before) {
        boolean suspends = !data.path("passed").asBoolean() && "SUSPENDED".equals(data.path("status").asText())
                && !"SUSPENDED".equals(before);
        return suspends ? PersonnelCounters.CERTIFICATES_SUSPENDED : "";
    }
}
