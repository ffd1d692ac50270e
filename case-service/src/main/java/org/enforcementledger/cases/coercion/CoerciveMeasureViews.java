package org.enforcementledger.cases.coercion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the coercion API answers. */
public final class CoerciveMeasureViews {

    private CoerciveMeasureViews() {
    }

    @Schema(name = "CoerciveMeasure")
    public record MeasureView(UUID id, UUID caseId, CoerciveMeasure.Kind kind, LocalDate appliedOn, int days,
            List<UUID> officerIds) {
        static MeasureView of(CoerciveMeasure m) {
            return new MeasureView(m.id, m.caseFile.id, m.kind, m.appliedOn, m.days, List.of(m.officerIds));
        }
    }
}
