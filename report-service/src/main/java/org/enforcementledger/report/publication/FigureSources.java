package org.enforcementledger.report.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.enforcementledger.report.consumer.CloudEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which events a published figure is made of: what decides that an event applied after a publication is kept
 * ({@link LateEvents}) and which of the kept events the diff names beside a figure ({@link FigureDiff}).
 *
 * <p>
 * A figure kept as a running counter ({@code annual_figure}) is moved by the events that add to it, and the consumer
 * sees exactly which do. A figure computed when asked — inspections, the officers in post, 持证率, training per
 * officer, exams — has no counter: it is made of the facts of kinds listed here, and an event of such a kind concerns
 * a year when its day falls in that year (inspections, filings, training, exams, absences: counted in the year of
 * their day), or on or before that year's last day (officers and certificates: a registration, a post change, a
 * departure, an issue or a status change holds from its day on, so it changes every later year's figures too).
 */
final class FigureSources {

    /** Kinds of event, as their type without the version ({@code .v1}) begins. */
    static final String OFFICER = "enforcementledger.personnel.officer.";
    static final String CERTIFICATE = "enforcementledger.personnel.certificate.";
    static final String TRAINING = "enforcementledger.personnel.training.recorded";
    static final String EXAM = "enforcementledger.personnel.exam.recorded";
    static final String EXAM_ABSENCE = "enforcementledger.personnel.exam.absence-recorded";
    static final String INSPECTION = "enforcementledger.case.inspection.recorded";
    static final String JOINT_OPERATION = "enforcementledger.case.joint-inspection.recorded";
    static final String CASE_FILED = "enforcementledger.case.case.filed";
    static final String DECIDED = "enforcementledger.case.case.decided";
    static final String AMENDED = "enforcementledger.case.case.decision-amended";

    static final Set<String> INSPECTIONS = Set.of(INSPECTION, JOINT_OPERATION, CASE_FILED);
    static final Set<String> DECISIONS = Set.of(DECIDED, AMENDED);

    private FigureSources() {
    }

    /** The type without its version: {@code enforcementledger.case.case.filed.v1} → {@code ….case.filed}. */
    static String kind(String type) {
        return type.replaceFirst("\\.v\\d+$", "");
    }

    /** Whether the event's kind is one of these (a kind ending in "." takes in every type under it). */
    static boolean ofKind(String type, Set<String> kinds) {
        String kind = kind(type);
        for (String candidate : kinds) {
            if (candidate.endsWith(".") ? kind.startsWith(candidate) : kind.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an event is a fact that figures computed when asked are made of, for this year: see the class comment.
     * Events that only move running counters (decisions, amendments, reviews, closures, coercion, expropriations) are
     * kept when they moved one of the year's, which the consumer tells apart.
     */
    static boolean concerns(CloudEvent event, int year, ZoneId zone) {
        String kind = kind(event.type());
        JsonNode data = event.data();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate day = switch (kind) {
            case INSPECTION, JOINT_OPERATION -> day(data, "conductedOn");
            case CASE_FILED -> day(data, "filedOn");
            case TRAINING -> day(data, "completedOn");
            case EXAM -> day(data, "takenOn");
            case EXAM_ABSENCE -> day(data, "heldOn");
            default -> null;
        };
        if (day != null) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
        LocalDate from = switch (kind) {
            case OFFICER + "registered" -> day(data, "joinedOn");
            case OFFICER + "updated" -> data.path("effectiveOn").isTextual() ? day(data, "effectiveOn")
                    : event.time().atZoneSameInstant(zone).toLocalDate();
            case OFFICER + "departed" -> day(data, "leftOn");
            case CERTIFICATE + "issued" -> day(data, "issuedOn");
            case CERTIFICATE + "annual-review-recorded" -> day(data, "reviewedOn");
            default -> kind.startsWith(CERTIFICATE) ? day(data, "effectiveOn") : null;
        };
        return from != null && !from.isAfter(last);
    }

    private static LocalDate day(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isTextual() ? LocalDate.parse(value.asText()) : null;
    }
}
