package org.enforcementledger.cases.expropriation;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the expropriation API answers. */
public final class ExpropriationViews {

    private ExpropriationViews() {
    }

    @Schema(name = "Expropriation")
    public record ExpropriationView(UUID id, Expropriation.Kind kind, LocalDate recordedOn, String description) {
        static ExpropriationView of(Expropriation e) {
            return new ExpropriationView(e.id, e.kind, e.recordedOn, e.description);
        }
    }
}
