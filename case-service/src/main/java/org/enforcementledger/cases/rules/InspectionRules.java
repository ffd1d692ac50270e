package org.enforcementledger.cases.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Administrative inspections (行政检查, spec §8). */
public final class InspectionRules {

    private InspectionRules() {
    }

    /** R8.3: an inspection rests on a published catalogue matter that authorises inspections or penalties. */
    public static void requireInspectableMatter(String matterCode, ActType actType) {
        if (actType != ActType.INSPECTION && actType != ActType.PENALTY) {
            throw new RuleViolationException("R8.3", "matter " + matterCode + " is a " + actType
                    + " matter; inspections rest on inspection or penalty matters.");
        }
    }

    /**
     * R8.3: an unpublished matter may not be inspected, nor a case filed under it. A matter whose publication is
     * recorded may be acted under from its publication day; one without is unpublished. Matters catalogued before
     * publications were recorded ({@code predatesPublicationRecords}) and still without one are accepted with the
     * returned warning under {@code WARN}, so that an upgraded town is not refused every act overnight, and refused
     * under {@code ENFORCE}.
     *
     * @return the warning an act under a matter catalogued before publications were recorded is accepted with
     */
    public static Optional<String> requirePublished(String matterCode, LocalDate publishedOn, String publishedAt,
            boolean predatesPublicationRecords, LocalDate day, RuleSettings.UnrecordedPublication mode) {
        if (publishedOn != null) {
            if (day.isBefore(publishedOn)) {
                throw new RuleViolationException("R8.3", "matter " + matterCode + " is published only on "
                        + publishedOn + " (" + publishedAt + "); it may not be acted under on " + day + ".");
            }
            return Optional.empty();
        }
        if (!predatesPublicationRecords) {
            throw new RuleViolationException("R8.3", "matter " + matterCode + " is not published (no publication "
                    + "is recorded); an unpublished matter may not be inspected or acted under.");
        }
        String message = "matter " + matterCode + " was catalogued before publications were recorded and its "
                + "publication is still not recorded";
        if (mode == RuleSettings.UnrecordedPublication.ENFORCE) {
            throw new RuleViolationException("R8.3", message + "; an unpublished matter may not be inspected or "
                    + "acted under.");
        }
        return Optional.of(message);
    }

    /**
     * R8.7: a joint inspection (联合检查) is one operation of two or more enforcement bodies — a lead and participants,
     * each named once — and the town records the ones it takes part in. The town's own offices and brigade are one
     * body ({@code townBody}), so a team of them is never joint.
     */
    public static void requireJointOperation(String townBody, String leadBody, List<String> participatingBodies) {
        Set<String> named = new HashSet<>(Set.of(leadBody));
        for (int i = 0; i < participatingBodies.size(); i++) {
            String body = participatingBodies.get(i);
            if (!named.add(body)) {
                throw new InvalidFieldException("participatingBodyCodes[" + i + "]", body.equals(leadBody)
                        ? "is the lead body; name it once, as leadBodyCode"
                        : "is named twice");
            }
        }
        if (participatingBodies.isEmpty()) {
            throw new RuleViolationException("R8.7", "a joint inspection is one operation of two or more enforcement "
                    + "bodies; only " + leadBody + " is named (the town's own offices and brigade are one body, "
                    + townBody + ").");
        }
        if (!named.contains(townBody)) {
            throw new RuleViolationException("R8.7", "the town records the joint inspections it takes part in; its "
                    + "own body " + townBody + " is neither the lead nor a participant.");
        }
    }
}
