package org.enforcementledger.cases.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.matter.PowerSource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of inspection events on {@code case.events}; schemas in {@code docs/events/case/}. The target's name and
 * the findings stay in case-service.
 */
public final class InspectionEvents {

    /** An inspection of one object, keyed by inspection id. */
    public static final String RECORDED = "inspection.recorded.v1";
    /** A joint inspection (the operation), keyed by its id; its objects each have a {@link #RECORDED}. */
    public static final String JOINT_RECORDED = "joint-inspection.recorded.v1";

    private InspectionEvents() {
    }

    /**
     * @param jointOperationId the joint inspection the object was inspected in; left out for a single-object
     *        inspection
     */
    public record InspectionRecorded(UUID inspectionId, LocalDate conductedOn, String matterCode,
            PowerSource matterSource, String villageCode, Inspection.Kind kind, List<String> departmentCodes,
            List<UUID> officerIds, boolean joint, boolean enterpriseRelated, PartyKind targetKind,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID jointOperationId, boolean recordComplete) {
    }

    public record JointInspectionRecorded(UUID operationId, LocalDate conductedOn, String leadBodyCode,
            List<String> participatingBodyCodes, List<String> matterCodes, List<String> checklist, String villageCode,
            Inspection.Kind kind, int objectCount, boolean enterpriseRelated) {
    }
}
