package org.enforcementledger.cases.patrol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of patrol events on {@code case.events}, keyed by patrol id; schema in {@code docs/events/case/}. The area
 * and the findings stay in case-service.
 */
public final class PatrolEvents {

    public static final String RECORDED = "patrol.recorded.v1";

    private PatrolEvents() {
    }

    /** @param matterCode left out when the patrol named no matter */
    public record PatrolRecorded(UUID patrolId, LocalDate conductedOn, String villageCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) String matterCode, List<UUID> officerIds,
            List<String> departmentCodes, boolean recordComplete) {
    }
}
