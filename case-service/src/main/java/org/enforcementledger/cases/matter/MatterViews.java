package org.enforcementledger.cases.matter;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalogue API answers. */
public final class MatterViews {

    private MatterViews() {
    }

    @Schema(name = "Matter")
    public record MatterView(String code, String name, ActType actType, PowerSource source,
            String originalDepartment, String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo) {
        static MatterView of(Matter m) {
            return new MatterView(m.code, m.name, m.actType, m.source, m.originalDepartment, m.legalBasis,
                    m.effectiveFrom, m.effectiveTo);
        }
    }
}
