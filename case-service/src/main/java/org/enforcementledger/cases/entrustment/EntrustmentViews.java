package org.enforcementledger.cases.entrustment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the entrustment API answers. */
public final class EntrustmentViews {

    private EntrustmentViews() {
    }

    @Schema(name = "Entrustment")
    public record EntrustmentView(String number, String entrustingAuthority, List<String> matterCodes,
            LocalDate validFrom, LocalDate validUntil, LocalDate publishedOn) {
        static EntrustmentView of(Entrustment e) {
            return new EntrustmentView(e.number, e.entrustingAuthority,
                    e.matters.stream().map(m -> m.code).sorted().toList(), e.validFrom, e.validUntil, e.publishedOn);
        }
    }
}
