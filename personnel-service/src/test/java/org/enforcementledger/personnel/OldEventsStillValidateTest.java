package org.enforcementledger.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.enforcementledger.personnel.support.EventSchemas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue #10 only added optional properties to the events personnel-service emits ({@code effectiveOn} on
 * officer.updated.v1, {@code changeId} on a certificate's status changes and annual reviews) and a new event type:
 * events on the topic from before it (the log is kept for ever and replayed) still validate against
 * docs/events/personnel/, and so do events with the new properties. The old events are those the services' event
 * records of commit e868f0c serialised, with the envelope of its EventPublisher.
 */
class OldEventsStillValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ENVELOPE = """
            {"specversion":"1.0","id":"5b0c2a7e-8f1d-4c3b-9a6e-2d4f6a8b0c1e",
             "source":"urn:enforcement-ledger:personnel-service","type":"enforcementledger.personnel.%s",
             "subject":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","time":"2024-08-01T02:15:30.123456Z",
             "datacontenttype":"application/json","orgunit":"500112-dawan","actor":"zhang.wei","data":%s}""";

    private static final String OFFICER = """
            "officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","name":"王芳","departmentCode":"BRIGADE",
            "departmentKind":"ENFORCEMENT_BRIGADE","position":"综合岗","enforcementPost":false,
            "legalProfessionQualified":false,"joinedOn":"2019-03-01\"""";

    /** OfficerUpdated before issue #10: the whole record, without the day the change took effect. */
    private static final String OLD_OFFICER_UPDATED = "{" + OFFICER + "}";

    /** CertificateStatusChanged before issue #10: without the id of its history row. */
    private static final String OLD_SUSPENSION = """
            {"certificateNumber":"渝执0112024001","officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f",
             "effectiveOn":"2024-08-01","reason":"涉嫌违纪，暂停执法","status":"SUSPENDED"}""";

    /** AnnualReviewRecorded before issue #10: a failed review that suspended the certificate, without changeId. */
    private static final String OLD_FAILED_REVIEW = """
            {"certificateNumber":"渝执0112024001","officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f",
             "reviewedOn":"2024-10-15","passed":false,"status":"SUSPENDED"}""";

    private static final String OLD_DEPARTURE = """
            {"officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","departmentCode":"BRIGADE",
             "departmentKind":"ENFORCEMENT_BRIGADE","leftOn":"2024-09-30","reason":"TRANSFER",
             "cancelledCertificateNumber":"渝执0112024001"}""";

    @Test
    void everyEventTypeAsPublishedBeforeIssue10StillValidates() throws Exception {
        Map<String, String> old = Map.ofEntries(
                Map.entry("officer.registered.v1", "{" + OFFICER.replace("\"enforcementPost\":false",
                        "\"enforcementPost\":true").replace("综合岗", "科员") + "}"),
                Map.entry("officer.updated.v1", OLD_OFFICER_UPDATED),
                Map.entry("officer.departed.v1", OLD_DEPARTURE),
                Map.entry("certificate.issued.v1", """
                        {"certificateNumber":"渝执0112024001","officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f",
                         "departmentCode":"BRIGADE","departmentKind":"ENFORCEMENT_BRIGADE",
                         "issuingAuthority":"重庆市渝北区司法局","issuedOn":"2024-01-02","expiresOn":"2029-12-31",
                         "domains":["应急管理","市场监管"]}"""),
                Map.entry("certificate.suspended.v1", OLD_SUSPENSION),
                Map.entry("certificate.reinstated.v1", OLD_SUSPENSION.replace("2024-08-01", "2024-09-01")
                        .replace("涉嫌违纪，暂停执法", "调查结束").replace("SUSPENDED", "VALID")),
                Map.entry("certificate.cancelled.v1", OLD_SUSPENSION.replace("2024-08-01", "2024-09-30")
                        .replace("涉嫌违纪，暂停执法", "离岗").replace("SUSPENDED", "CANCELLED")),
                Map.entry("certificate.revoked.v1", OLD_SUSPENSION.replace("涉嫌违纪，暂停执法", "违法执法")
                        .replace("SUSPENDED", "REVOKED")),
                Map.entry("certificate.annual-review-recorded.v1", OLD_FAILED_REVIEW),
                Map.entry("training.recorded.v1", """
                        {"trainingId":17,"officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","departmentCode":"BRIGADE",
                         "departmentKind":"ENFORCEMENT_BRIGADE","course":"《行政处罚法》专题培训","category":"PUBLIC_LAW",
                         "hours":6.5,"completedOn":"2024-03-01","provider":"渝北区司法局"}"""),
                Map.entry("exam.recorded.v1", """
                        {"examId":9,"officerId":"3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","departmentCode":"BRIGADE",
                         "departmentKind":"ENFORCEMENT_BRIGADE","kind":"ANNUAL_LEGAL","takenOn":"2024-11-15",
                         "score":88,"passed":true}"""));
        for (Map.Entry<String, String> event : old.entrySet()) {
            assertThat(EventSchemas.validate(event(event.getKey(), event.getValue()))).as(event.getKey()).isEmpty();
        }
        assertThat(EventSchemas.validate(event("officer.departed.v1",
                OLD_DEPARTURE.replace("\"渝执0112024001\"", "null")))).as("a departure without a certificate")
                .isEmpty();
    }

    @Test
    void theNewPropertiesAreOptionalAndTyped() throws Exception {
        assertThat(EventSchemas.validate(event("officer.updated.v1",
                "{" + OFFICER + ",\"effectiveOn\":\"2024-08-01\"}"))).isEmpty();
        assertThat(EventSchemas.validate(event("certificate.suspended.v1",
                OLD_SUSPENSION.replace("\"status\"", "\"changeId\":42,\"status\"")))).isEmpty();
        assertThat(EventSchemas.validate(event("certificate.annual-review-recorded.v1",
                OLD_FAILED_REVIEW.replace("\"status\"", "\"changeId\":43,\"status\"")))).isEmpty();

        assertThat(EventSchemas.validate(event("officer.updated.v1",
                "{" + OFFICER + ",\"effectiveOn\":\"1 August 2024\"}"))).isNotEmpty();
        assertThat(EventSchemas.validate(event("certificate.suspended.v1",
                OLD_SUSPENSION.replace("\"status\"", "\"changeId\":\"42\",\"status\"")))).isNotEmpty();
        assertThat(EventSchemas.validate(event("certificate.annual-review-recorded.v1",
                OLD_FAILED_REVIEW.replace("\"status\"", "\"changeId\":0,\"status\"")))).isNotEmpty();
    }

    private static JsonNode event(String type, String data) throws Exception {
        return JSON.readTree(ENVELOPE.formatted(type, data));
    }
}
