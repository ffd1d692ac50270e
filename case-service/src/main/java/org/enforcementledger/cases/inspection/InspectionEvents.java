package org.enforcementledger.cases.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.matter.PowerSource;

/**
 * The data of inspection events on {@code case.events}, keyed by inspection id; schema in {@code docs/events/case/}.
 * The target's name and the findings stay in case-service.
 */
public final class InspectionEvents {

    public static final String RECORDED = "inspection.recorded.v1";

    private InspectionEvents() {
    }

    public record InspectionRecorded(UUID inspectionId, LocalDate conductedOn, String matterCode,
            PowerSource matterSource, String villageCode, Inspection.Kind kind, List<String> departmentCodes,
            List<UUID> officerIds, boolean joint, boolean enterpriseRelated, PartyKind targetKind) {
    }
}
