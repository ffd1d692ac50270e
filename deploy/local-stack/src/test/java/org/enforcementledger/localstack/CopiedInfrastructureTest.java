package org.enforcementledger.localstack;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * personnel-service and case-service each keep their own copy of the infrastructure code (outbox, idempotency, audit,
 * org unit, problem responses, clock, roles), of some test support classes and of the matching migrations, so that
 * each service is built and released on its own (docs/architecture.md). This test keeps the copies in step: it pairs
 * their files, makes the package names alike, and compares what still differs with the intended differences listed in
 * {@value #INTENDED}. Anything else fails the build with the unexpected difference.
 */
class CopiedInfrastructureTest {

    static final String INTENDED = "deploy/local-stack/src/test/resources/intended-differences.txt";
    private static final String UPDATE = "ledger.copies.update";

    private static final String PERSONNEL_MAIN = "personnel-service/src/main/java/org/enforcementledger/personnel/";
    private static final String CASE_MAIN = "case-service/src/main/java/org/enforcementledger/cases/";
    private static final String PERSONNEL_TEST = "personnel-service/src/test/java/org/enforcementledger/personnel/";
    private static final String CASE_TEST = "case-service/src/test/java/org/enforcementledger/cases/";
    private static final String PERSONNEL_SQL = "personnel-service/src/main/resources/db/migration/";
    private static final String CASE_SQL = "case-service/src/main/resources/db/migration/";

    /** The copied packages: every file of one service's package is paired with the same file of the other's. */
    private static final List<String> PACKAGES = List.of("outbox", "idempotency", "audit", "orgunit", "problem", "time",
            "security");
    /** Copied test classes, by path below the test root. */
    private static final List<String> TEST_CLASSES = List.of("support/Auth.java", "support/EventCapture.java",
            "support/EventSchemas.java", "security/EndpointRolesTest.java");

    /** Two copies of one piece of code: their files, and the lines of them that are the copy. */
    record Pair(String name, String personnel, String caseService, String from, String to) {
    }

    static List<Pair> pairs(Path root) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String pkg : PACKAGES) {
            TreeSet<String> files = new TreeSet<>();
            files.addAll(fileNames(root.resolve(PERSONNEL_MAIN + pkg)));
            files.addAll(fileNames(root.resolve(CASE_MAIN + pkg)));
            for (String file : files) {
                pairs.add(new Pair("main/" + pkg + "/" + file, PERSONNEL_MAIN + pkg + "/" + file,
                        CASE_MAIN + pkg + "/" + file, null, null));
            }
        }
        for (String file : TEST_CLASSES) {
            pairs.add(new Pair("test/" + file, PERSONNEL_TEST + file, CASE_TEST + file, null, null));
        }
        pairs.add(new Pair("migration/change_log", PERSONNEL_SQL + "V3__change_log.sql", CASE_SQL + "V3__change_log.sql",
                null, null));
        pairs.add(new Pair("migration/idempotency", PERSONNEL_SQL + "V4__idempotency.sql",
                CASE_SQL + "V6__idempotency.sql", null, null));
        // The outbox table is part of each service's first migration, with the service's own tables around it.
        pairs.add(new Pair("migration/outbox", PERSONNEL_SQL + "V1__personnel.sql", CASE_SQL + "V1__case.sql",
                "-- Transactional outbox", "    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();"));
        return pairs;
    }

    @Test
    void theCopiesDifferOnlyAsListed() throws IOException {
        Path root = repositoryRoot();
        Map<String, String> actual = new LinkedHashMap<>();
        for (Pair pair : pairs(root)) {
            String difference = difference(root, pair);
            if (!difference.isEmpty()) {
                actual.put(pair.name(), difference);
            }
        }
        Path intendedFile = root.resolve(INTENDED);
        IntendedDifferences intended = IntendedDifferences.read(intendedFile);
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(intendedFile, intended.withDifferences(actual).render(), StandardCharsets.UTF_8);
            return;
        }
        String report = report(intended.differences(), actual);
        if (!report.isEmpty()) {
            fail("The copies of infrastructure code in personnel-service and case-service differ other than listed in "
                    + INTENDED + ":\n\n" + report + "\nIf a copy drifted, make both copies agree: a fix to one is a fix to "
                    + "both. If the difference is intended, record it:\n  ./mvnw -pl deploy/local-stack verify "
                    + "-Dtest=CopiedInfrastructureTest -D" + UPDATE + "=true\nthen review the rewritten file "
                    + "(git diff), say why next to the entry (a '#' line above it), and commit it.");
        }
        if (!intended.withoutReason().isEmpty()) {
            fail(INTENDED + " lists differences without saying why they are intended: " + intended.withoutReason()
                    + ". Add '#' lines above each entry.");
        }
    }

    /** What differs, per pair, between the two copies as expected and as found; empty when they agree. */
    static String report(Map<String, String> expected, Map<String, String> actual) {
        StringBuilder report = new StringBuilder();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String want = expected.getOrDefault(name, "");
            String found = actual.getOrDefault(name, "");
            if (!want.equals(found)) {
                report.append("=== ").append(name).append('\n')
                        .append("  listed as intended:\n").append(indent(want.isEmpty() ? "(no difference)\n" : want))
                        .append("  found:\n").append(indent(found.isEmpty() ? "(no difference)\n" : found))
                        .append('\n');
            }
        }
        return report.toString();
    }

    /** The difference between the pair's copies, normalised; empty when they are the same. */
    static String difference(Path root, Pair pair) throws IOException {
        Path personnel = root.resolve(pair.personnel());
        Path caseService = root.resolve(pair.caseService());
        if (!Files.exists(personnel) || !Files.exists(caseService)) {
            return "only in " + (Files.exists(personnel) ? "personnel-service" : "case-service") + "\n";
        }
        List<String> left = normalise(region(read(personnel), pair));
        List<String> right = normalise(region(read(caseService), pair));
        return LineDiff.hunks(left, right);
    }

    /**
     * The lines as compared: the service's package name is the same in both copies, and imports of one group are
     * compared as a set (each copy sorts them, and the package names sort differently).
     */
    static List<String> normalise(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        for (String line : lines) {
            String normalised = line.stripTrailing()
                    .replace("org.enforcementledger.personnel", "org.enforcementledger.<service>")
                    .replace("org.enforcementledger.cases", "org.enforcementledger.<service>");
            if (normalised.startsWith("import ")) {
                imports.add(normalised);
                continue;
            }
            imports.sort(null);
            result.addAll(imports);
            imports.clear();
            result.add(normalised);
        }
        imports.sort(null);
        result.addAll(imports);
        return result;
    }

    private static List<String> region(List<String> lines, Pair pair) {
        if (pair.from() == null) {
            return lines;
        }
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).startsWith(pair.from())) {
                from = i;
            } else if (from >= 0 && lines.get(i).equals(pair.to())) {
                return lines.subList(from, i + 1);
            }
        }
        throw new IllegalStateException(pair.name() + ": no lines from '" + pair.from() + "' to '" + pair.to() + "'");
    }

    private static List<String> read(Path file) throws IOException {
        return Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static List<String> fileNames(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line + "\n").reduce("", String::concat);
    }

    /** The repository root: the first directory upwards from the working directory with both services in it. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("personnel-service")) && Files.isDirectory(dir.resolve("case-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No personnel-service and case-service above " + Path.of("").toAbsolutePath());
    }
}
