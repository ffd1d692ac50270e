package org.enforcementledger.report.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    /**
     * An officer's record after a change (here: in or out of an enforcement post), as personnel-service published it
     * before {@code effectiveOn} existed: the change took effect on the day of the event's {@code time}.
     */
    public static ObjectNode officerUpdated(String orgUnit, UUID officerId, String departmentCode,
            String departmentKind, String joinedOn, boolean enforcementPost, String time) {
        ObjectNode data = JSON.createObjectNode()
                .put("officerId", officerId.toString())
                .put("name", "王芳")
                .put("departmentCode", departmentCode)
                .put("departmentKind", departmentKind)
                .put("position", enforcementPost ? "科员" : "综合岗")
                .put("enforcementPost", enforcementPost)
                .put("legalProfessionQualified", false)
                .put("joinedOn", joinedOn);
        return valid(envelope("personnel", "officer.updated.v1", officerId.toString(), orgUnit, data).put("time",
                time));
    }

    /** An officer's record after a change that takes effect on {@code effectiveOn}, published at {@code time}. */
    public static ObjectNode officerUpdated(String orgUnit, UUID officerId, String departmentCode,
            String departmentKind, String joinedOn, boolean enforcementPost, String time, String effectiveOn) {
        ObjectNode event = officerUpdated(orgUnit, officerId, departmentCode, departmentKind, joinedOn, enforcementPost,
                time);
        ((ObjectNode) event.path("data")).put("effectiveOn", effectiveOn);
        return valid(event);
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

    /** The annual review (年度审验) of a certificate; {@code status} is the certificate's status after it. */
    public static ObjectNode certificateReviewed(String orgUnit, UUID officerId, String number, String reviewedOn,
            boolean passed, String status) {
        ObjectNode data = JSON.createObjectNode()
                .put("certificateNumber", number)
                .put("officerId", officerId.toString())
                .put("reviewedOn", reviewedOn)
                .put("passed", passed)
                .put("status", status);
        return valid(envelope("personnel", "certificate.annual-review-recorded.v1", officerId.toString(), orgUnit,
                data));
    }

    /** A certificate status change as published since issue #10, with the id of its history row. */
    public static ObjectNode withChangeId(ObjectNode statusChange, long changeId) {
        ObjectNode event = statusChange.deepCopy();
        ((ObjectNode) event.path("data")).put("changeId", changeId);
        return valid(event);
    }

    private static long sequence = 1;

    /** An officer recorded absent from the annual legal exam held that day (R4.4). */
    public static synchronized ObjectNode examAbsence(String orgUnit, UUID officerId, String heldOn) {
        ObjectNode data = JSON.createObjectNode()
                .put("absenceId", System.nanoTime() % 1_000_000_000_000L + sequence++)
                .put("officerId", officerId.toString())
                .put("departmentCode", "OFFICE")
                .put("departmentKind", "BUSINESS_OFFICE")
                .put("kind", "ANNUAL_LEGAL")
                .put("heldOn", heldOn)
                .put("reason", "外出执行任务");
        return valid(envelope("personnel", "exam.absence-recorded.v1", officerId.toString(), orgUnit, data));
    }

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

    /** One penalty of a decision; a null amount is a penalty without a money value (a warning, say). */
    public record Penalty(String kind, String amount) {
    }

    public static Penalty penalty(String kind, String amount) {
        return new Penalty(kind, amount);
    }

    public static Penalty penalty(String kind) {
        return new Penalty(kind, null);
    }

    /**
     * A case as case-service keeps it: its events carry the case's matter, village and departments, and a review names
     * the day of the decision it challenges.
     */
    public static CaseFile caseFile(String orgUnit, String filedOn, String matterCode, String matterSource,
            String villageCode, String... departmentCodes) {
        return new CaseFile(orgUnit, UUID.randomUUID(), filedOn, matterCode, matterSource, villageCode,
                List.of(departmentCodes));
    }

    public static final class CaseFile {

        private final String orgUnit;
        private final UUID caseId;
        private final String filedOn;
        private final String matterCode;
        private final String matterSource;
        private final String villageCode;
        private final List<String> departmentCodes;
        private String decidedOn;

        private CaseFile(String orgUnit, UUID caseId, String filedOn, String matterCode, String matterSource,
                String villageCode, List<String> departmentCodes) {
            this.orgUnit = orgUnit;
            this.caseId = caseId;
            this.filedOn = filedOn;
            this.matterCode = matterCode;
            this.matterSource = matterSource;
            this.villageCode = villageCode;
            this.departmentCodes = departmentCodes;
        }

        public ObjectNode filed() {
            return filed(null);
        }

        /** The filing naming the inspection that found the violation (R8.8), as case-service publishes it. */
        public ObjectNode filedAfter(ObjectNode inspection) {
            return filed(inspection.path("data").path("inspectionId").asText());
        }

        private ObjectNode filed(String inspectionId) {
            ObjectNode data = JSON.createObjectNode()
                    .put("caseId", caseId.toString())
                    .put("matterCode", matterCode)
                    .put("matterSource", matterSource)
                    .put("actingInNameOf", "ENTRUSTED".equals(matterSource) ? "重庆市渝北区消防救援支队" : null)
                    .put("entrustmentNumber", "ENTRUSTED".equals(matterSource) ? "渝北消委〔2024〕3号" : null)
                    .put("villageCode", villageCode)
                    .put("procedure", "GENERAL")
                    .put("partyKind", "ORGANIZATION")
                    .put("filedOn", filedOn)
                    .put("violationOn", filedOn);
            data.putArray("officerIds").add(UUID.randomUUID().toString()).add(UUID.randomUUID().toString());
            departments(data);
            if (inspectionId != null) {
                data.put("inspectionId", inspectionId);
            }
            return valid(envelope("case", "case.filed.v1", caseId.toString(), orgUnit, data));
        }

        /** A penalty decision; the totals are what the penalties decide. */
        public ObjectNode decided(String decidedOn, Penalty... penalties) {
            return valid(envelope("case", "case.decided.v1", caseId.toString(), orgUnit,
                    decision(decidedOn, "PENALTY", penalties)));
        }

        public ObjectNode decidedNotToPenalise(String decidedOn) {
            return valid(envelope("case", "case.decided.v1", caseId.toString(), orgUnit,
                    decision(decidedOn, "NO_PENALTY")));
        }

        /** The whole penalty decision as it stands after the amendment. */
        public ObjectNode amended(String decidedOn, String amendedOn, Penalty... penalties) {
            ObjectNode data = decision(decidedOn, "PENALTY", penalties)
                    .put("amendedOn", amendedOn)
                    .put("reason", "复议机关变更罚款数额");
            return valid(envelope("case", "case.decision-amended.v1", caseId.toString(), orgUnit, data));
        }

        /** The decision amended to no penalty (e.g. a reconsideration found the violation not established). */
        public ObjectNode amendedNotToPenalise(String decidedOn, String amendedOn) {
            ObjectNode data = decision(decidedOn, "NO_PENALTY")
                    .put("amendedOn", amendedOn)
                    .put("reason", "复议机关认定违法事实不成立");
            return valid(envelope("case", "case.decision-amended.v1", caseId.toString(), orgUnit, data));
        }

        public ObjectNode closed(String closedOn) {
            ObjectNode data = JSON.createObjectNode()
                    .put("caseId", caseId.toString())
                    .put("closedOn", closedOn)
                    .put("reason", "执行完毕")
                    .put("villageCode", villageCode)
                    .put("matterCode", matterCode);
            return valid(envelope("case", "case.closed.v1", caseId.toString(), orgUnit, data));
        }

        /** A reconsideration or lawsuit against the case's decision as last decided. */
        public ObjectNode reviewFiled(UUID reviewId, String kind, String filedOn) {
            ObjectNode data = JSON.createObjectNode()
                    .put("caseId", caseId.toString())
                    .put("reviewId", reviewId.toString())
                    .put("kind", kind)
                    .put("filedOn", filedOn)
                    .put("decidedOn", decidedOn);
            return valid(envelope("case", "case.review-filed.v1", caseId.toString(), orgUnit, data));
        }

        /** {@code decidedOn} is the day the review was decided. */
        public ObjectNode reviewConcluded(UUID reviewId, String kind, String outcome, String decidedOn,
                boolean corrected) {
            ObjectNode data = JSON.createObjectNode()
                    .put("caseId", caseId.toString())
                    .put("reviewId", reviewId.toString())
                    .put("kind", kind)
                    .put("outcome", outcome)
                    .put("decidedOn", decidedOn)
                    .put("corrected", corrected);
            return valid(envelope("case", "case.review-concluded.v1", caseId.toString(), orgUnit, data));
        }

        public ObjectNode coerciveMeasure(String kind, String appliedOn) {
            ObjectNode data = JSON.createObjectNode()
                    .put("measureId", UUID.randomUUID().toString())
                    .put("caseId", caseId.toString())
                    .put("kind", kind)
                    .put("appliedOn", appliedOn)
                    .put("days", 30)
                    .put("matterCode", matterCode)
                    .put("villageCode", villageCode);
            data.putArray("officerIds").add(UUID.randomUUID().toString()).add(UUID.randomUUID().toString());
            return valid(envelope("case", "coercive-measure.applied.v1", caseId.toString(), orgUnit, data));
        }

        private ObjectNode decision(String decidedOn, String outcome, Penalty... penalties) {
            this.decidedOn = decidedOn;
            ObjectNode data = JSON.createObjectNode()
                    .put("caseId", caseId.toString())
                    .put("decidedOn", decidedOn)
                    .put("outcome", outcome);
            var list = data.putArray("penalties");
            BigDecimal fines = BigDecimal.ZERO.setScale(2);
            BigDecimal confiscations = BigDecimal.ZERO.setScale(2);
            for (Penalty penalty : penalties) {
                BigDecimal amount = penalty.amount() == null ? null : new BigDecimal(penalty.amount());
                list.addObject().put("kind", penalty.kind()).put("amount", amount);
                if (amount != null && "FINE".equals(penalty.kind())) {
                    fines = fines.add(amount);
                } else if (amount != null && penalty.kind().startsWith("CONFISCATE_")) {
                    confiscations = confiscations.add(amount);
                }
            }
            data.put("fineTotal", fines)
                    .put("confiscationTotal", confiscations)
                    .put("matterCode", matterCode)
                    .put("matterSource", matterSource)
                    .put("actingInNameOf", "ENTRUSTED".equals(matterSource) ? "重庆市渝北区消防救援支队" : null)
                    .put("villageCode", villageCode)
                    .put("procedure", "GENERAL")
                    .put("partyKind", "ORGANIZATION");
            departments(data);
            return data.put("filedOn", filedOn)
                    .put("hearingOffered", false)
                    .put("hearingHeld", false)
                    .put("legalReviewed", true);
        }

        private void departments(ObjectNode data) {
            var codes = data.putArray("departmentCodes");
            departmentCodes.forEach(codes::add);
        }
    }

    /**
     * An inspection as case-service published it before issue #10: without jointOperationId and recordComplete, and
     * {@code joint} when two or more of the town's departments took part — which no longer makes it joint.
     */
    public static ObjectNode inspection(String orgUnit, String conductedOn, String matterCode, String matterSource,
            String villageCode, boolean joint, boolean enterpriseRelated, String... departmentCodes) {
        UUID inspectionId = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode()
                .put("inspectionId", inspectionId.toString())
                .put("conductedOn", conductedOn)
                .put("matterCode", matterCode)
                .put("matterSource", matterSource)
                .put("villageCode", villageCode)
                .put("kind", "ROUTINE");
        var codes = data.putArray("departmentCodes");
        for (String code : departmentCodes) {
            codes.add(code);
        }
        data.putArray("officerIds").add(UUID.randomUUID().toString()).add(UUID.randomUUID().toString());
        data.put("joint", joint)
                .put("enterpriseRelated", enterpriseRelated)
                .put("targetKind", enterpriseRelated ? "ORGANIZATION" : "PERSON");
        return valid(envelope("case", "inspection.recorded.v1", inspectionId.toString(), orgUnit, data));
    }

    /**
     * A single-object inspection as case-service publishes it since issue #10: never joint, with whether its record
     * holds findings.
     */
    public static ObjectNode singleInspection(String orgUnit, String conductedOn, String matterCode,
            String matterSource, String villageCode, boolean enterpriseRelated, boolean recordComplete,
            String... departmentCodes) {
        ObjectNode event = inspection(orgUnit, conductedOn, matterCode, matterSource, villageCode, false,
                enterpriseRelated, departmentCodes);
        ((ObjectNode) event.path("data")).put("recordComplete", recordComplete);
        return valid(event);
    }

    /** A patrol (巡查) without an inspected object (R8.8). */
    public static ObjectNode patrol(String orgUnit, String conductedOn, String villageCode, String... departmentCodes) {
        UUID patrolId = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode()
                .put("patrolId", patrolId.toString())
                .put("conductedOn", conductedOn)
                .put("villageCode", villageCode);
        data.putArray("officerIds").add(UUID.randomUUID().toString()).add(UUID.randomUUID().toString());
        var codes = data.putArray("departmentCodes");
        for (String code : departmentCodes) {
            codes.add(code);
        }
        data.put("recordComplete", true);
        return valid(envelope("case", "patrol.recorded.v1", patrolId.toString(), orgUnit, data));
    }

    /**
     * A joint inspection (联合检查行动, R8.7) of a lead body and participating bodies, as case-service keeps it: the
     * operation's event, and one inspection.recorded.v1 per object. The town's officers of {@code departmentCodes}
     * took part; every object carries the operation's departments, officers, day, village, kind and enterprise flag
     * (case-service's {@code InspectionService.recordObject}), only its matter and record are its own.
     */
    public static JointOperation jointOperation(String orgUnit, String conductedOn, String villageCode,
            boolean enterpriseRelated, List<String> departmentCodes, String leadBodyCode,
            String... participatingBodyCodes) {
        return new JointOperation(orgUnit, UUID.randomUUID(), conductedOn, villageCode, enterpriseRelated,
                List.copyOf(departmentCodes), List.of(UUID.randomUUID(), UUID.randomUUID()), leadBodyCode,
                List.of(participatingBodyCodes));
    }

    public record JointOperation(String orgUnit, UUID operationId, String conductedOn, String villageCode,
            boolean enterpriseRelated, List<String> departmentCodes, List<UUID> officerIds, String leadBodyCode,
            List<String> participatingBodyCodes) {

        private static final String KIND = "SPECIAL";

        public ObjectNode recorded(int objectCount, String... matterCodes) {
            ObjectNode data = JSON.createObjectNode()
                    .put("operationId", operationId.toString())
                    .put("conductedOn", conductedOn)
                    .put("leadBodyCode", leadBodyCode);
            var participants = data.putArray("participatingBodyCodes");
            participatingBodyCodes.forEach(participants::add);
            var matters = data.putArray("matterCodes");
            for (String matter : matterCodes) {
                matters.add(matter);
            }
            data.putArray("checklist").add("安全生产责任制落实情况").add("消防通道是否畅通");
            data.put("villageCode", villageCode)
                    .put("kind", KIND)
                    .put("objectCount", objectCount)
                    .put("enterpriseRelated", enterpriseRelated);
            return valid(envelope("case", "joint-inspection.recorded.v1", operationId.toString(), orgUnit, data));
        }

        /** One object inspected in the operation, under one of its matters, with or without findings. */
        public ObjectNode object(String matterCode, String matterSource, boolean recordComplete) {
            ObjectNode event = inspection(orgUnit, conductedOn, matterCode, matterSource, villageCode, true,
                    enterpriseRelated, departmentCodes.toArray(String[]::new));
            ObjectNode data = (ObjectNode) event.path("data");
            var officers = data.put("kind", KIND).putArray("officerIds");
            officerIds.forEach(id -> officers.add(id.toString()));
            data.put("jointOperationId", operationId.toString()).put("recordComplete", recordComplete);
            return valid(event);
        }
    }

    public static ObjectNode expropriation(String orgUnit, String kind, String recordedOn) {
        UUID expropriationId = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode()
                .put("expropriationId", expropriationId.toString())
                .put("kind", kind)
                .put("recordedOn", recordedOn);
        return valid(envelope("case", "expropriation.recorded.v1", expropriationId.toString(), orgUnit, data));
    }

    /** The same fact published again as a new event (a new event id), as a producer that re-sends a fact would. */
    public static ObjectNode republished(ObjectNode event) {
        return event.deepCopy().put("id", UUID.randomUUID().toString());
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
