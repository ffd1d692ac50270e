package org.enforcementledger.cases.patrol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the patrol API answers. */
public final class PatrolViews {

    private PatrolViews() {
    }

    @Schema(name = "Patrol")
    public record PatrolView(UUID id, LocalDate conductedOn, String villageCode, String matterCode,
            String actingInNameOf, String area, List<UUID> officerIds, List<String> departmentCodes, String findings,
            @Schema(description = "Rules accepted with a warning (an R8.3 publication not recorded)") List<String> warnings) {
        static PatrolView of(Patrol p) {
            return new PatrolView(p.id, p.conductedOn, p.village.code, p.matter == null ? null : p.matter.code,
                    p.actingInNameOf, p.area, List.of(p.officerIds), List.of(p.departmentCodes), p.findings,
                    List.of(p.warnings));
        }
    }
}
