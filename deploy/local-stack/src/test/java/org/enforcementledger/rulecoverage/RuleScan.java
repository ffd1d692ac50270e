package org.enforcementledger.rulecoverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the domain spec and the sources of every service say about the spec's rule ids, read as text: the spec's ids
 * and its §12 checklist, where a service refuses with an id and where a test cites one.
 *
 * <ul>
 * <li>A rule is <em>in code</em> where main sources refuse with it: {@code new RuleViolationException("R4.6", …)}, the
 * id as a literal (the scan, like a grep, sees no other form).</li>
 * <li>A rule is <em>tested</em> where a test source of the same service cites the id as a whole string literal:
 * {@code "R4.6"}, as in {@code body("rule", equalTo("R4.6"))} or {@code assertRefused("R4.6", …)}.</li>
 * </ul>
 */
final class RuleScan {

    /** A rule id of the spec: {@code R4.6} (a numbered rule) or {@code §5.4}, {@code §7} (a section). */
    static final Pattern RULE_ID = Pattern.compile("R\\d+\\.\\d+|§\\d+(?:\\.\\d+)?");

    private static final Pattern REFUSAL = Pattern.compile("new\\s+RuleViolationException\\(\\s*(\"([^\"]*)\")?");
    private static final Pattern CITATION = Pattern.compile("\"(" + RULE_ID.pattern() + ")\"");
    private static final Pattern RULE_BULLET = Pattern.compile("^- (R\\d+\\.\\d+) (.*)$");
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (\\d+)(?:\\.(\\d+))?\\.? (.*)$");
    /** A declaration's start: modifiers, type parameters, the type (generics included) and the name before "(". */
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:(?:public|protected|private|static|final|"
            + "synchronized|abstract|default)\\s+)*(?:<[^>]+>\\s+)?([\\w.$]+(?:<[^()]*?>)?(?:\\[])*)\\s+(\\w+)\\s*\\(");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "return", "throw",
            "new", "else", "try", "do", "case", "yield", "assert");

    /** A place in the sources: a service, a file (relative to the repository) and the member around the line. */
    record Place(String service, String file, int line, String member) {
    }

    /** An item of the spec's §12 checklist, with the rule ids its text cites. */
    record ChecklistItem(int number, String text, Set<String> ids) {
    }

    final Path root;
    final String spec;
    /** Every rule id the spec defines (its R-rules and its numbered sections), with a short title. */
    final Map<String, String> titles;
    final List<ChecklistItem> checklist;
    /** Rule id → where main sources refuse with it. */
    final Map<String, List<Place>> refusals = new TreeMap<>(RuleScan::compareIds);
    /** Rule id → where test sources cite it. */
    final Map<String, List<Place>> citations = new TreeMap<>(RuleScan::compareIds);
    /** Refusals whose rule is not a literal: the scan cannot say which rule they name. */
    final List<Place> unnamedRefusals = new ArrayList<>();

    RuleScan(Path root) {
        this.root = root;
        this.spec = read(root.resolve("docs/domain/spec.md"));
        this.titles = titles(spec);
        this.checklist = checklist(spec);
        for (Path service : services(root)) {
            for (Path file : javaFiles(service.resolve("src/main/java"))) {
                scanRefusals(service, file);
            }
            for (Path file : javaFiles(service.resolve("src/test/java"))) {
                scanCitations(service, file);
            }
        }
    }

    /** The repository: the nearest directory above the working directory that holds the spec's copy. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/domain/spec.md")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No docs/domain/spec.md above " + Path.of("").toAbsolutePath());
    }

    /** The services of the repository: its top-level {@code *-service} directories. */
    static List<Path> services(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().endsWith("-service"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a test of the service cites the rule. */
    boolean tested(String service, String id) {
        return citations.getOrDefault(id, List.of()).stream().anyMatch(p -> p.service().equals(service));
    }

    /** The services that refuse with the rule. */
    Set<String> refusingServices(String id) {
        Set<String> services = new TreeSet<>();
        refusals.getOrDefault(id, List.of()).forEach(p -> services.add(p.service()));
        return services;
    }

    /** Whether a refusal of the rule lies in the member ({@code Class.method}) of the service. */
    boolean refusedIn(String service, String id, String member) {
        return refusals.getOrDefault(id, List.of()).stream()
                .anyMatch(p -> p.service().equals(service) && p.member().equals(member));
    }

    /** Whether a test source of the service calls the member ({@code Class.method(}). */
    boolean calledByTest(String service, String member) {
        for (Path file : javaFiles(root.resolve(service).resolve("src/test/java"))) {
            if (read(file).contains(member + "(")) {
                return true;
            }
        }
        return false;
    }

    /** Orders rule ids by the part of the spec they belong to: §4.1, §4.5, R4.1, R4.6, §5.2, … */
    static int compareIds(String a, String b) {
        return Comparator.<String> comparingInt(id -> number(id, 0)).thenComparing(id -> id.startsWith("R"))
                .thenComparingInt(id -> number(id, 1)).thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static int number(String id, int part) {
        String[] parts = id.substring(1).split("\\.");
        return part < parts.length ? Integer.parseInt(parts[part]) : -1;
    }

    private void scanRefusals(Path service, Path file) {
        String text = read(file);
        Matcher m = REFUSAL.matcher(text);
        while (m.find()) {
            Place place = place(service, file, text, m.start());
            if (m.group(1) == null) {
                unnamedRefusals.add(place);
            } else {
                refusals.computeIfAbsent(m.group(2), id -> new ArrayList<>()).add(place);
            }
        }
    }

    private void scanCitations(Path service, Path file) {
        String text = read(file);
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            citations.computeIfAbsent(m.group(1), id -> new ArrayList<>()).add(place(service, file, text, m.start()));
        }
    }

    private Place place(Path service, Path file, String text, int offset) {
        String[] lines = text.substring(0, offset).split("\n", -1);
        int line = lines.length;
        String member = "";
        for (int i = lines.length - 1; i >= 0 && member.isEmpty(); i--) {
            Matcher m = METHOD.matcher(lines[i]);
            if (m.find() && !KEYWORDS.contains(m.group(1)) && !KEYWORDS.contains(m.group(2))) {
                member = m.group(2);
            }
        }
        String type = file.getFileName().toString().replaceFirst("\\.java$", "");
        return new Place(service.getFileName().toString(), root.relativize(file).toString().replace('\\', '/'), line,
                member.isEmpty() ? type : type + "." + member);
    }

    /** R-rules by their bullet ({@code - R2.2 …}), sections by their heading ({@code ### 5.4 …}). */
    private static Map<String, String> titles(String spec) {
        Map<String, String> titles = new TreeMap<>(RuleScan::compareIds);
        String[] lines = spec.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher bullet = RULE_BULLET.matcher(lines[i]);
            Matcher heading = HEADING.matcher(lines[i]);
            if (bullet.matches()) {
                StringBuilder text = new StringBuilder(bullet.group(2).strip());
                for (int j = i + 1; j < lines.length && lines[j].startsWith("  "); j++) {
                    text.append(' ').append(lines[j].strip());
                }
                titles.put(bullet.group(1), shorten(text.toString()));
            } else if (heading.matches()) {
                String id = "§" + heading.group(1) + (heading.group(2) == null ? "" : "." + heading.group(2));
                titles.put(id, shorten(heading.group(3)));
            }
        }
        return titles;
    }

    /** The text up to its first source tag ({@code [V:S1]}, {@code [D]}, …), at most a sentence or so. */
    private static String shorten(String text) {
        String plain = text.replaceAll("\\s*\\[.*$", "").replace("**", "").strip();
        if (plain.length() > 160) {
            int cut = plain.lastIndexOf(' ', 157);
            plain = plain.substring(0, cut > 0 ? cut : 157) + " …";
        }
        return plain;
    }

    /** §12's numbered items ({@code 1. … 2. …}), each up to the next number in sequence. */
    private static List<ChecklistItem> checklist(String spec) {
        Matcher section = Pattern.compile("(?m)^## 12\\..*\\n([\\s\\S]*?)(?=^## |\\z)").matcher(spec);
        if (!section.find()) {
            throw new IllegalStateException("docs/domain/spec.md has no section 12 (the validation checklist)");
        }
        String text = section.group(1).replaceAll("\\s+", " ").strip();
        List<ChecklistItem> items = new ArrayList<>();
        int start = start(text, 1, 0);
        for (int n = 1; start >= 0; n++) {
            int next = start(text, n + 1, start);
            String item = text.substring(start + (n + ". ").length(), next < 0 ? text.length() : next).strip();
            Set<String> ids = new TreeSet<>(RuleScan::compareIds);
            RULE_ID.matcher(item).results().forEach(r -> ids.add(r.group()));
            items.add(new ChecklistItem(n, item, ids));
            start = next;
        }
        return items;
    }

    private static int start(String text, int number, int from) {
        Matcher m = Pattern.compile("(?:^|(?<=\\s))" + number + "\\. ").matcher(text);
        return m.find(from) ? m.start() : -1;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Groups places by service, in a stable order. */
    static Map<String, List<Place>> byService(List<Place> places) {
        Map<String, List<Place>> grouped = new LinkedHashMap<>();
        places.stream().sorted(Comparator.comparing(Place::service).thenComparing(Place::file)
                .thenComparingInt(Place::line)).forEach(p -> grouped.computeIfAbsent(p.service(), s -> new ArrayList<>())
                        .add(p));
        return grouped;
    }
}
