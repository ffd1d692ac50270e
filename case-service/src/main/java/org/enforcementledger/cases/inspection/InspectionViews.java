package org.enforcementledger.cases.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.matter.PowerSource;

/** What the inspection API answers. */
public final class InspectionViews {

    private InspectionViews() {
    }

    @Schema(name = "Inspection")
    public record InspectionView(UUID id,
            @Schema(example = "DW-JC-2024-0042", description = "The district platform's own id, if given") String externalRef,
            LocalDate conductedOn, String matterCode, PowerSource matterSource,
            String actingInNameOf, String villageCode, Inspection.Kind kind, List<String> departmentCodes,
            List<UUID> officerIds, PartyKind targetKind, String targetName, boolean enterpriseRelated, boolean joint,
            String findings,
            @Schema(description = "Rules accepted with a warning (an R8.3 publication not recorded)") List<String> warnings) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.id, i.externalRef, i.conductedOn, i.matter.code, i.matter.source, i.actingInNameOf,
                    i.village.code, i.kind, List.of(i.departmentCodes), List.of(i.officerIds),
                    PartyKind.valueOf(i.targetKind), i.targetName, i.enterpriseRelated, i.joint, i.findings,
                    List.of(i.warnings));
        }
    }
}
