package org.enforcementledger.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file of intended differences between the copies: per pair, {@code # why} lines, {@code === name}, and the
 * difference as {@link LineDiff} writes it (or {@code only in <service>}).
 */
final class IntendedDifferences {

    static final String HEADER = """
            # The intended differences between the copies of infrastructure code in personnel-service and case-service,
            # checked by CopiedInfrastructureTest (docs/architecture.md says why the code is copied, not shared).
            #
            # Each entry: '#' lines saying why, '=== <pair>', then the difference of the two copies after their package
            # names are made alike and their imports sorted. '@@' starts a hunk; '-' lines are personnel-service's,
            # '+' lines case-service's. A pair that is not listed must be the same in both services.
            #
            # To record a new intended difference, run
            #   ./mvnw -pl deploy/local-stack verify -Dtest=CopiedInfrastructureTest -Dledger.copies.update=true
            # which rewrites the differences (keeping the '#' lines of entries that remain); then add the why of each new
            # entry, review with git diff, and commit.
            """;

    private final Map<String, String> differences;
    private final Map<String, String> reasons;

    private IntendedDifferences(Map<String, String> differences, Map<String, String> reasons) {
        this.differences = differences;
        this.reasons = reasons;
    }

    static IntendedDifferences read(Path file) throws IOException {
        Map<String, String> differences = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new IntendedDifferences(differences, reasons);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // The header is the first block of lines, up to the first blank one.
        int i = 0;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        StringBuilder reason = new StringBuilder();
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.isBlank()) {
                reason.setLength(0);
            } else if (line.startsWith("#")) {
                reason.append(line).append('\n');
            } else if (line.startsWith("=== ")) {
                String name = line.substring(4);
                StringBuilder difference = new StringBuilder();
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")
                        && !lines.get(i).startsWith("=== ")) {
                    difference.append(lines.get(i++)).append('\n');
                }
                differences.put(name, difference.toString());
                reasons.put(name, reason.toString());
                reason.setLength(0);
            } else {
                throw new IllegalStateException(file + ": line " + i + " is neither '#', '=== ' nor blank: " + line);
            }
        }
        return new IntendedDifferences(differences, reasons);
    }

    Map<String, String> differences() {
        return differences;
    }

    /** The entries that do not say why they are intended. */
    List<String> withoutReason() {
        List<String> names = new ArrayList<>();
        differences.keySet().forEach(name -> {
            if (reasons.getOrDefault(name, "").isBlank()) {
                names.add(name);
            }
        });
        return names;
    }

    /** These differences instead, with the reasons of the entries that remain. */
    IntendedDifferences withDifferences(Map<String, String> actual) {
        return new IntendedDifferences(new LinkedHashMap<>(actual), reasons);
    }

    String render() {
        StringBuilder out = new StringBuilder(HEADER);
        differences.forEach((name, difference) -> out.append('\n')
                .append(reasons.getOrDefault(name, ""))
                .append("=== ").append(name).append('\n')
                .append(difference));
        return out.toString();
    }
}
