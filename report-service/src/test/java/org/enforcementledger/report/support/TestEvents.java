package org.enforcementledger.report.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Events as the producing services emit them, each checked against its schema in {@code docs/events/} before a test
 * sends it: report-service's tests consume exactly what the contracts allow.
 */
public final class TestEvents {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    public static ObjectNode officerRegistered(String orgUnit, UUID officerId, String departmentCode,
            String departmentKind, String joinedOn) {
        ObjectNode data = JSON.createObjectNode()
                .put("officerId", officerId.toString())
                .put("name", "王芳")
                .put("departmentCode", departmentCode)
                .put("departmentKind", departmentKind)
                .put("position", "科员")
                .put("enforcementPost", true)
                .put("legalProfessionQualified", false)
                .put("joinedOn", joinedOn);
        return valid(envelope("personnel", "officer.registered.v1", officerId.toString(), orgUnit, data));
    }

    public static ObjectNode certificateIssued(String orgUnit, UUID officerId, String number, String issuedOn,
            String expiresOn) {
        ObjectNode data = JSON.createObjectNode()
                .put("certificateNumber", number)
                .put("officerId", officerId.toString())
                .put("departmentCode", "BRIGADE")
                .put("departmentKind", "ENFORCEMENT_BRIGADE")
                .put("issuingAuthority", "重庆市渝北区司法局")
                .put("issuedOn", issuedOn)
                .put("expiresOn", expiresOn);
        data.putArray("domains").add("应急管理");
        return valid(envelope("personnel", "certificate.issued.v1", officerId.toString(), orgUnit, data));
    }

    public static ObjectNode officerDeparted(String orgUnit, UUID officerId, String leftOn, String cancelledNumber) {
        ObjectNode data = JSON.createObjectNode()
                .put("officerId", officerId.toString())
                .put("departmentCode", "BRIGADE")
                .put("departmentKind", "ENFORCEMENT_BRIGADE")
                .put("leftOn", leftOn)
                .put("reason", "TRANSFER")
                .put("cancelledCertificateNumber", cancelledNumber);
        return valid(envelope("personnel", "officer.departed.v1", officerId.toString(), orgUnit, data));
    }

    /** certificate.suspended / reinstated / cancelled / revoked, with the status after the change. */
    public static ObjectNode certificateChanged(String orgUnit, UUID officerId, String number, String verb,
            String effectiveOn) {
        String status = switch (verb) {
            case "suspended" -> "SUSPENDED";
            case "reinstated" -> "VALID";
            case "cancelled" -> "CANCELLED";
            case "revoked" -> "REVOKED";
            default -> throw new IllegalArgumentException(verb);
        };
        ObjectNode data = JSON.createObjectNode()
                .put("certificateNumber", number)
                .put("officerId", officerId.toString())
                .put("effectiveOn", effectiveOn)
                .put("reason", "测试")
                .put("status", status);
        return valid(envelope("personnel", "certificate." + verb + ".v1", officerId.toString(), orgUnit, data));
    }

    private static long sequence = 1;

    public static synchronized ObjectNode training(String orgUnit, UUID officerId, String category, String hours,
            String completedOn) {
        ObjectNode data = JSON.createObjectNode()
                .put("trainingId", System.nanoTime() % 1_000_000_000_000L + sequence++)
                .put("officerId", officerId.toString())
                .put("departmentCode", "OFFICE")
                .put("departmentKind", "BUSINESS_OFFICE")
                .put("course", "《行政处罚法》专题培训")
                .put("category", category)
                .put("hours", new java.math.BigDecimal(hours))
                .put("completedOn", completedOn)
                .put("provider", "渝北区司法局");
        return valid(envelope("personnel", "training.recorded.v1", officerId.toString(), orgUnit, data));
    }

    public static synchronized ObjectNode exam(String orgUnit, UUID officerId, String kind, String takenOn,
            boolean passed) {
        ObjectNode data = JSON.createObjectNode()
                .put("examId", System.nanoTime() % 1_000_000_000_000L + sequence++)
                .put("officerId", officerId.toString())
                .put("departmentCode", "OFFICE")
                .put("departmentKind", "BUSINESS_OFFICE")
                .put("kind", kind)
                .put("takenOn", takenOn)
                .put("score", passed ? 88 : 41)
                .put("passed", passed);
        return valid(envelope("personnel", "exam.recorded.v1", officerId.toString(), orgUnit, data));
    }

    static ObjectNode envelope(String service, String type, String subject, String orgUnit, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "urn:enforcement-ledger:" + service + "-service")
                .put("type", "enforcementledger." + service + "." + type)
                .put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json")
                .put("orgunit", orgUnit);
        event.set("data", data);
        return event;
    }

    /** Fails the test if the event does not match its contract. */
    public static ObjectNode valid(ObjectNode event) {
        Set<ValidationMessage> errors = validate(event);
        if (!errors.isEmpty()) {
            throw new AssertionError("Test event breaks its schema: " + errors);
        }
        return event;
    }

    public static Set<ValidationMessage> validate(ObjectNode event) {
        String[] parts = event.path("type").asText().split("\\.", 3);
        Path file = Path.of("..", "docs", "events", parts[1], parts[2] + ".schema.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config)
                    .validate(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String uniqueOrgUnit() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static List<String> types(List<ObjectNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }
}
