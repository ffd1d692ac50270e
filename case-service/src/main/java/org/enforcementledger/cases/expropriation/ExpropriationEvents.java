package org.enforcementledger.cases.expropriation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of expropriation events on {@code case.events}, keyed by expropriation id; schema in
 * {@code docs/events/case/}.
 */
public final class ExpropriationEvents {

    public static final String RECORDED = "expropriation.recorded.v1";

    private ExpropriationEvents() {
    }

    public record ExpropriationRecorded(UUID expropriationId, Expropriation.Kind kind, LocalDate recordedOn) {
    }
}
