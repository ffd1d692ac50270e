package org.enforcementledger.cases.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.enforcementledger.localstack.LocalStackTestResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plays personnel-service: puts officer and certificate events on {@code personnel.events}, each checked against its
 * schema, for case-service's replica to learn who may act.
 */
public final class PersonnelFeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.infrastructure().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000),
            new StringSerializer(), new StringSerializer());

    private PersonnelFeed() {
    }

    public static void officer(UUID id, String departmentCode, String departmentKind, boolean legalQualified) {
        officer(id, departmentCode, departmentKind, legalQualified, Auth.TOWN);
    }

    /** An officer of another org unit (town or street). */
    public static void officer(UUID id, String departmentCode, String departmentKind, boolean legalQualified,
            String orgUnit) {
        ObjectNode data = JSON.createObjectNode().put("officerId", id.toString()).put("name", "官员" + id.toString().substring(0, 4))
                .put("departmentCode", departmentCode).put("departmentKind", departmentKind).put("position", "科员")
                .put("enforcementPost", true).put("legalProfessionQualified", legalQualified)
                .put("joinedOn", "2018-01-01");
        send("officer.registered.v1", id, data, orgUnit);
    }

    /**
     * The officer's record changed: in or out of an enforcement post from {@code effectiveOn} (null: an event without
     * it, as personnel-service sent before issue #10, effective on the event's day).
     */
    public static void officerUpdated(UUID id, String departmentCode, String departmentKind, boolean enforcementPost,
            String effectiveOn) {
        ObjectNode data = JSON.createObjectNode().put("officerId", id.toString()).put("name", "官员" + id.toString().substring(0, 4))
                .put("departmentCode", departmentCode).put("departmentKind", departmentKind).put("position", "科员")
                .put("enforcementPost", enforcementPost).put("legalProfessionQualified", false)
                .put("joinedOn", "2018-01-01");
        if (effectiveOn != null) {
            data.put("effectiveOn", effectiveOn);
        }
        send("officer.updated.v1", id, data, Auth.TOWN);
    }

    /** The officer left the enforcement staff; {@code cancelledCertificate} is the one the departure cancelled, if any. */
    public static void departed(UUID id, String departmentCode, String departmentKind, String leftOn,
            String cancelledCertificate) {
        ObjectNode data = JSON.createObjectNode().put("officerId", id.toString()).put("departmentCode", departmentCode)
                .put("departmentKind", departmentKind).put("leftOn", leftOn).put("reason", "TRANSFER")
                .put("cancelledCertificateNumber", cancelledCertificate);
        send("officer.departed.v1", id, data, Auth.TOWN);
    }

    public static String certificate(UUID officer, String issuedOn, String expiresOn) {
        return certificate(officer, issuedOn, expiresOn, Auth.TOWN);
    }

    public static String certificate(UUID officer, String issuedOn, String expiresOn, String orgUnit) {
        String number = "C-" + UUID.randomUUID().toString().substring(0, 13);
        ObjectNode data = JSON.createObjectNode().put("certificateNumber", number).put("officerId", officer.toString())
                .put("departmentCode", "X").put("departmentKind", "ENFORCEMENT_BRIGADE")
                .put("issuingAuthority", "重庆市渝北区司法局").put("issuedOn", issuedOn).put("expiresOn", expiresOn);
        data.putArray("domains").add("综合执法");
        send("certificate.issued.v1", officer, data, orgUnit);
        return number;
    }

    /** suspended / reinstated / cancelled / revoked. */
    public static void certificateChanged(UUID officer, String number, String verb, String effectiveOn) {
        String status = switch (verb) {
            case "suspended" -> "SUSPENDED";
            case "reinstated" -> "VALID";
            case "cancelled" -> "CANCELLED";
            default -> "REVOKED";
        };
        ObjectNode data = JSON.createObjectNode().put("certificateNumber", number).put("officerId", officer.toString())
                .put("effectiveOn", effectiveOn).put("reason", "测试").put("status", status);
        send("certificate." + verb + ".v1", officer, data, Auth.TOWN);
    }

    /** An officer of the department kind, with a certificate valid 2020–2030. */
    public static UUID certifiedOfficer(String departmentKind) {
        return certifiedOfficer(departmentKind, Auth.TOWN);
    }

    public static UUID certifiedOfficer(String departmentKind, String orgUnit) {
        UUID id = UUID.randomUUID();
        officer(id, departmentKind.startsWith("BUSINESS") ? "SAFETY" : "BRIGADE", departmentKind, false, orgUnit);
        certificate(id, "2020-01-01", "2030-12-31", orgUnit);
        return id;
    }

    /** One officer of a business office and one of the brigade, both certified 2020–2030: a "1+1" team. */
    public static List<UUID> team() {
        return team(Auth.TOWN);
    }

    /** A "1+1" team of another org unit. */
    public static List<UUID> team(String orgUnit) {
        return List.of(certifiedOfficer("BUSINESS_OFFICE", orgUnit), certifiedOfficer("ENFORCEMENT_BRIGADE", orgUnit));
    }

    private static void send(String type, UUID subject, ObjectNode data, String orgUnit) {
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "urn:enforcement-ledger:personnel-service")
                .put("type", "enforcementledger.personnel." + type).put("subject", subject.toString())
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString()).put("datacontenttype", "application/json")
                .put("orgunit", orgUnit);
        event.set("data", data);
        var errors = EventSchemas.validate(event);
        if (!errors.isEmpty()) {
            throw new AssertionError("Test event breaks its schema: " + errors);
        }
        try {
            PRODUCER.send(new ProducerRecord<>("personnel.events", subject.toString(), event.toString()))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
