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
            List<UUID> officerIds, PartyKind targetKind, String targetName, boolean enterpriseRelated,
            @Schema(description = "True only for an object of a joint inspection (R8.7)") boolean joint,
            @Schema(description = "The joint inspection this object was inspected in, if any") UUID jointInspectionId,
            String findings,
            @Schema(description = "Whether the record holds findings: only a complete record counts as an inspection "
                    + "(R8.8)") boolean recordComplete,
            @Schema(description = "Rules accepted with a warning (an R8.3 publication not recorded)") List<String> warnings) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.id, i.externalRef, i.conductedOn, i.matter.code, i.matter.source, i.actingInNameOf,
                    i.village.code, i.kind, List.of(i.departmentCodes), List.of(i.officerIds),
                    PartyKind.valueOf(i.targetKind), i.targetName, i.enterpriseRelated, i.joint, i.jointInspectionId,
                    i.findings, i.recordComplete(), List.of(i.warnings));
        }
    }

    @Schema(name = "JointInspectionObject")
    public record ObjectView(@Schema(description = "The object's inspection") UUID inspectionId, String externalRef,
            PartyKind targetKind, String targetName, String matterCode, boolean recordComplete) {
        static ObjectView of(Inspection i) {
            return new ObjectView(i.id, i.externalRef, PartyKind.valueOf(i.targetKind), i.targetName, i.matter.code,
                    i.recordComplete());
        }
    }

    @Schema(name = "JointInspection")
    public record JointInspectionView(UUID id, LocalDate conductedOn,
            @Schema(example = "YB-YJJ") String leadBodyCode,
            @Schema(example = "[\"500112-dawan\", \"YB-XF\"]") List<String> participatingBodyCodes,
            List<String> matterCodes, List<String> checklist, String villageCode, Inspection.Kind kind,
            @Schema(description = "The town's officers taking part") List<UUID> officerIds,
            List<String> departmentCodes, boolean enterpriseRelated,
            @Schema(description = "Rules accepted with a warning (an R8.3 publication not recorded)") List<String> warnings,
            @Schema(description = "One record per inspected object") List<ObjectView> objects) {
        static JointInspectionView of(JointInspection j, List<Inspection> objects) {
            return new JointInspectionView(j.id, j.conductedOn, j.leadBodyCode, List.of(j.participatingBodyCodes),
                    List.of(j.matterCodes), List.of(j.checklist), j.village.code, j.kind, List.of(j.officerIds),
                    List.of(j.departmentCodes), j.enterpriseRelated, List.of(j.warnings),
                    objects.stream().map(ObjectView::of).toList());
        }
    }
}
