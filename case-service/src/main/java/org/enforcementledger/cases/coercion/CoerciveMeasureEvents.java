package org.enforcementledger.cases.coercion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The data of coercion events on {@code case.events}, keyed by case id; schema in {@code docs/events/case/}. */
public final class CoerciveMeasureEvents {

    public static final String APPLIED = "coercive-measure.applied.v1";

    private CoerciveMeasureEvents() {
    }

    public record MeasureApplied(UUID measureId, UUID caseId, CoerciveMeasure.Kind kind, LocalDate appliedOn,
            int days, List<UUID> officerIds, String matterCode, String villageCode) {
    }
}
