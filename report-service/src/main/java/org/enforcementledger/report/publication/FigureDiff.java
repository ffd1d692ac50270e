package org.enforcementledger.report.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * Every figure where two sets of a year's figures differ — a publication's and the live ones, or a publication's and
 * the one it corrects — named by where it stands ({@code summary.penalties.fineTotal},
 * {@code breakdown.month.11.fineTotal}, {@code officers.<id>.annualExamTaken}), with what it is made of
 * ({@link Sources}) to name the events that could have moved it.
 *
 * <p>
 * The figures compared are the summary's (its {@code asOf} is when, not what, and is left out; a rate or an average
 * is one figure with its numerator and denominator), every breakdown's cells (a row missing on one side counts 0
 * there) and, per officer of the officers report, what the year counts of them — in a post at year end, training,
 * the annual exam, the certificate at year end; names and posts as last reported are not figures of the year. The
 * statistical tables and the annual report are written from these figures, so a difference in them is a difference
 * here.
 */
final class FigureDiff {

    /** What a figure is made of: running counters, kinds of event ({@link FigureSources}), and for an officer's, who. */
    record Sources(Set<String> counters, Set<String> kinds, String subject) {

        static Sources counters(String... names) {
            return new Sources(Set.of(names), Set.of(), null);
        }

        static Sources kinds(String... kinds) {
            return new Sources(Set.of(), Set.of(kinds), null);
        }

        /** Whether a kept event could have moved the figure: it moved one of its counters, or is of its kinds. */
        boolean couldBeMovedBy(String type, String eventSubject, Set<String> movedCounters) {
            if (movedCounters.stream().anyMatch(counters::contains)) {
                return true;
            }
            return FigureSources.ofKind(type, kinds) && (subject == null || subject.equals(eventSubject));
        }
    }

    /** One figure that differs: its value on each side (null: not there) and what it is made of. */
    record Difference(String figure, JsonNode before, JsonNode after, Sources sources) {
    }

    /** A figure's value, sources, and where it stands in the figures ({@code order}, compared as text). */
    private record Figure(JsonNode value, Sources sources, String order) {
    }

    private static final JsonNode ZERO = IntNode.valueOf(0);
    private static final Set<String> SUMMARY_NOT_FIGURES = Set.of("year", "orgUnit", "asOf");
    private static final List<String> OFFICER_FIGURES = List.of("inEnforcementPostAtYearEnd", "trainingHours",
            "trainingHoursTotal", "trainingAreasMissing", "trainingTargetMet", "annualExamTaken", "annualExamPassed",
            "annualExamAbsent", "certificateNumber", "certificateStatusAtYearEnd");
    /** Separates the parts of an order, below every character of a key, so that "V-1" sorts before "V-10". */
    private static final char PART = '\u0000';

    private FigureDiff() {
    }

    /**
     * The figures that differ between {@code before} and {@code after}, in the order they stand in: the summary, the
     * breakdowns (by dimension, key, column), the officers report (by department, name, officer).
     */
    static List<Difference> between(PublishedFigures before, PublishedFigures after) {
        Map<String, Figure> old = figures(before);
        Map<String, Figure> now = figures(after);
        Map<String, Figure> every = new LinkedHashMap<>(now);
        old.forEach(every::putIfAbsent);
        List<Difference> differences = new ArrayList<>();
        every.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(Figure::order)))
                .forEach(entry -> {
                    String name = entry.getKey();
                    Figure a = old.get(name);
                    Figure b = now.get(name);
                    JsonNode x = a == null ? null : a.value();
                    JsonNode y = b == null ? null : b.value();
                    if (!same(x, y, name.startsWith("breakdown."))) {
                        differences.add(new Difference(name, x, y, entry.getValue().sources()));
                    }
                });
        return differences;
    }

    private static Map<String, Figure> figures(PublishedFigures published) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        summary(published.summary(), "", figures);
        List<String> dimensions = new ArrayList<>();
        published.breakdowns().fieldNames().forEachRemaining(dimensions::add);
        for (String dimension : dimensions) {
            for (JsonNode row : published.breakdowns().path(dimension)) {
                String key = row.path("key").asText();
                int column = 0;
                for (Iterator<Map.Entry<String, JsonNode>> cells = row.fields(); cells.hasNext();) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    if (!cell.getKey().equals("key")) {
                        figures.put("breakdown." + dimension + "." + key + "." + cell.getKey(),
                                new Figure(cell.getValue(), breakdownSources(cell.getKey()),
                                        order(1, dimensions.indexOf(dimension), key, column)));
                    }
                    column++;
                }
            }
        }
        for (JsonNode officer : published.officers().path("officers")) {
            String id = officer.path("officerId").asText();
            String prefix = "officers." + id + ".";
            String who = officer.path("departmentCode").asText() + PART + officer.path("name").asText() + PART + id;
            figures.put(prefix + "inReport", new Figure(BooleanNode.TRUE,
                    new Sources(Set.of(), Set.of(FigureSources.OFFICER), id), order(2, 0, who, 0)));
            for (int i = 0; i < OFFICER_FIGURES.size(); i++) {
                String field = OFFICER_FIGURES.get(i);
                JsonNode value = officer.path(field);
                Sources sources = officerSources(field, id);
                if (value.isObject()) {
                    int part = 0;
                    for (Iterator<Map.Entry<String, JsonNode>> parts = value.fields(); parts.hasNext(); part++) {
                        Map.Entry<String, JsonNode> e = parts.next();
                        figures.put(prefix + field + "." + e.getKey(), new Figure(e.getValue(), sources,
                                order(2, 0, who, i + 1) + PART + String.format("%03d", part)));
                    }
                } else {
                    figures.put(prefix + field, new Figure(value, sources, order(2, 0, who, i + 1)));
                }
            }
        }
        return figures;
    }

    private static String order(int section, int dimension, String key, int column) {
        return section + String.valueOf(PART) + String.format("%03d", dimension) + PART + key + PART
                + String.format("%03d", column);
    }

    private static void summary(JsonNode node, String path, Map<String, Figure> figures) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (path.isEmpty() && SUMMARY_NOT_FIGURES.contains(field.getKey())) {
                continue;
            }
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            boolean ratio = value.has("value") && (value.has("numerator") || value.has("count"));
            if (value.isObject() && !ratio) {
                summary(value, name, figures);
            } else {
                figures.put("summary." + name, new Figure(value, summarySources(name),
                        order(0, 0, String.format("%04d", figures.size()), 0)));
            }
        }
    }

    /** A summary figure's sources: its counter, or for a figure computed when asked the kinds it is made of. */
    private static Sources summarySources(String name) {
        return switch (name) {
            case "reviews.challengeRate" -> Sources.counters("reviews.challengedDecisions", "penalties.decisions");
            case "reviews.errorRate" -> Sources.counters("reviews.corrected", "reviews.concluded");
            case "personnel.officers", "personnel.officersAtYearEnd" -> Sources.kinds(FigureSources.OFFICER);
            case "personnel.certifiedAtYearEnd", "personnel.certificationRate" ->
                Sources.kinds(FigureSources.OFFICER, FigureSources.CERTIFICATE);
            case "personnel.trainingHoursPerOfficer", "personnel.officersMeetingTrainingTarget",
                    "personnel.trainingTargetRate", "personnel.officersMissingTrainingArea" ->
                Sources.kinds(FigureSources.OFFICER, FigureSources.TRAINING);
            default -> {
                if (name.startsWith("inspections.")) {
                    yield new Sources(Set.of(), FigureSources.INSPECTIONS, null);
                }
                if (name.startsWith("personnel.exam")) {
                    yield Sources.kinds(FigureSources.OFFICER, FigureSources.EXAM, FigureSources.EXAM_ABSENCE);
                }
                yield Sources.counters(name);
            }
        };
    }

    private static Sources breakdownSources(String field) {
        return switch (field) {
            case "casesFiled" -> Sources.kinds(FigureSources.CASE_FILED);
            case "inspections" -> Sources.kinds(FigureSources.INSPECTION, FigureSources.CASE_FILED);
            case "jointInspections" -> Sources.kinds(FigureSources.JOINT_OPERATION, FigureSources.INSPECTION);
            default -> new Sources(Set.of(), FigureSources.DECISIONS, null);
        };
    }

    private static Sources officerSources(String field, String officerId) {
        Set<String> kinds;
        if (field.startsWith("training")) {
            kinds = Set.of(FigureSources.TRAINING, FigureSources.OFFICER);
        } else if (field.startsWith("annualExam")) {
            kinds = Set.of(FigureSources.EXAM, FigureSources.EXAM_ABSENCE);
        } else if (field.startsWith("certificate")) {
            kinds = Set.of(FigureSources.CERTIFICATE, FigureSources.OFFICER);
        } else {
            kinds = Set.of(FigureSources.OFFICER);
        }
        return new Sources(Set.of(), kinds, officerId);
    }

    /** Numbers compare by value (2000.0 = 2000.00), also inside a rate; in a breakdown a missing cell is 0. */
    private static boolean same(JsonNode a, JsonNode b, boolean missingIsZero) {
        if (missingIsZero) {
            a = a == null ? ZERO : a;
            b = b == null ? ZERO : b;
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()), false)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
