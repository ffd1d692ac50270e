package org.enforcementledger.cases.matter;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalogue API answers. */
public final class MatterViews {

    private MatterViews() {
    }

    @Schema(name = "Matter")
    public record MatterView(String code, String name, ActType actType, PowerSource source,
            String originalDepartment, String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo,
            @Schema(description = "When the matter was published (R8.3); null while no publication is recorded")
            LocalDate publishedOn,
            @Schema(description = "Where it was published") String publishedAt,
            @Schema(description = "True for a matter catalogued before publications were recorded: while its "
                    + "publication is unrecorded, acts under it are accepted with an R8.3 warning "
                    + "(ledger.rules.unrecorded-publication=WARN). False: without a publication, acts are refused")
            boolean predatesPublicationRecords) {
        static MatterView of(Matter m) {
            return new MatterView(m.code, m.name, m.actType, m.source, m.originalDepartment, m.legalBasis,
                    m.effectiveFrom, m.effectiveTo, m.publishedOn, m.publishedAt, m.predatesPublicationRecords);
        }
    }
}
