package org.enforcementledger.rulecoverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.enforcementledger.rulecoverage.RuleScan.ChecklistItem;
import org.enforcementledger.rulecoverage.RuleScan.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every blocking rule of the domain spec has code that refuses with it and a test that cites it, and
 * {@code docs/rules.md} says where (rule id → code → tests).
 *
 * <p>
 * Blocking rules are the items of the spec's §12 checklist, the rule ids they cite, and every rule a service refuses
 * with. What counts as code and as a test is said in {@link RuleScan}. {@link #CHECKLIST} classifies each §12 item:
 * the rules and the rule functions that check it, or why it is not checked yet (issue #12). The test fails when
 * <ul>
 * <li>the spec's copy {@code docs/domain/spec.md} differs from {@code ../shared/domain/spec.md}, where that exists;</li>
 * <li>§12 has an item {@link #CHECKLIST} does not classify, or {@link #CHECKLIST} one §12 does not have;</li>
 * <li>a checked item's rule is refused by no service or cited by no test of that service, or its rule function is
 * not where the refusal is or is called by no test;</li>
 * <li>a service refuses with a rule the spec does not define, or with no literal rule id;</li>
 * <li>a service refuses with a rule no test of that service cites (unless listed in {@link #UNTESTED}, which must
 * only shrink);</li>
 * <li>{@code docs/rules.md} is not what the scan generates.</li>
 * </ul>
 * After changing a rule, a refusal or a citing test, regenerate {@code docs/rules.md} with
 * {@code ./mvnw -B -ntp -pl deploy/local-stack test -Dtest=RuleCoverageTest -Dledger.rules.write=true}.
 */
class RuleCoverageTest {

    /** Writes {@code docs/rules.md} instead of comparing it. */
    static final String WRITE = "ledger.rules.write";
    static final String REGENERATE = "./mvnw -B -ntp -pl deploy/local-stack test -Dtest=RuleCoverageTest -D" + WRITE
            + "=true";
    private static final String ISSUE_12 = "not yet implemented — issue #12";

    /** How a §12 item is checked: by these rules, refused in these functions; and what of it is not checked yet. */
    record Classification(String service, List<String> rules, List<String> checks, String pending) {

        static Classification checked(List<String> rules, List<String> checks) {
            return new Classification("case-service", rules, checks, null);
        }

        static Classification partly(List<String> rules, List<String> checks, String pending) {
            return new Classification("case-service", rules, checks, pending);
        }

        static Classification notYetImplemented() {
            return new Classification(null, List.of(), List.of(), null);
        }
    }

    /** Each item of spec §12, by number. Every check of the list lives in case-service. */
    static final Map<Integer, Classification> CHECKLIST = checklist();

    private static Map<Integer, Classification> checklist() {
        Map<Integer, Classification> items = new LinkedHashMap<>();
        items.put(1, Classification.checked(List.of("R2.2"),
                List.of("CatalogueRules.requireInForce", "CatalogueRules.requirePenaltyMatter")));
        items.put(2, Classification.checked(List.of("R3.1"),
                List.of("EntrustmentRules.authorisingLetter", "EntrustmentRules.requireEntrustable")));
        items.put(3, Classification.checked(List.of("R3.5"),
                List.of("EntrustmentRules.requireEntrustable", "CoercionRules.requireNotEntrusted")));
        items.put(4, Classification.checked(List.of("R4.6", "R4.1", "§4.5"),
                List.of("OfficerRules.requireTwoOfficers", "OfficerRules.requireEligible", "OfficerRules.onePlusOne")));
        items.put(5, Classification.checked(List.of("§5.2"), List.of("PenaltyRules.requireWithinLimitation")));
        items.put(6, Classification.checked(List.of("§5.3"), List.of("PenaltyRules.requireSimpleProcedureLimits")));
        items.put(7, Classification.checked(List.of("§5.4"), List.of("PenaltyRules.requireHearingOffered")));
        items.put(8, Classification.checked(List.of("§5.4"),
                List.of("PenaltyRules.requireLegalReview", "PenaltyRules.requireAmendable")));
        items.put(9, Classification.notYetImplemented());
        items.put(10, Classification.checked(List.of("§5.4"),
                List.of("PenaltyRules.requireDecisionInTime", "PenaltyRules.requireExtensionWithinLimit")));
        items.put(11, Classification.notYetImplemented());
        items.put(12, Classification.notYetImplemented());
        items.put(13, Classification.notYetImplemented());
        items.put(14, Classification.notYetImplemented());
        items.put(15, Classification.checked(List.of("§7"), List.of("CoercionRules.requireWithinDuration")));
        items.put(16, Classification.notYetImplemented());
        items.put(17, Classification.partly(List.of("R8.3", "R4.1"),
                List.of("InspectionRules.requireInspectableMatter", "InspectionRules.requirePublished",
                        "OfficerRules.requireEligible"),
                "the frequency cap (warning, R8.4)"));
        return items;
    }

    /**
     * Rules a service refuses with that no test of it cites yet, by service: tolerated, not hidden (docs/rules.md says
     * "no test"). Empty today; a rule may be added here only with an issue to test it, and an entry whose rule is
     * tested (or no longer refused) fails the test until it is removed, so the list only shrinks.
     */
    static final Map<String, Set<String>> UNTESTED = Map.of();

    private static RuleScan scan;
    private static String generated;

    @BeforeAll
    static void scanAndMaybeWrite() throws IOException {
        scan = new RuleScan(RuleScan.repositoryRoot());
        generated = RulesDocument.render(scan, CHECKLIST, UNTESTED);
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(scan.root.resolve("docs/rules.md"), generated, StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSpecsCopyIsTheSharedSpec() throws IOException {
        Path shared = scan.root.resolve("../shared/domain/spec.md").normalize();
        if (Files.isRegularFile(shared)) {
            assertThat(scan.spec).as("docs/domain/spec.md is a verbatim copy of %s; copy it again", shared)
                    .isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyChecklistItemIsClassified() {
        assertThat(scan.checklist).extracting(ChecklistItem::number).as("the items of spec §12 and CHECKLIST")
                .containsExactlyElementsOf(CHECKLIST.keySet());
        for (ChecklistItem item : scan.checklist) {
            assertThat(scan.titles.keySet()).as("rule ids cited by §12 item %d", item.number())
                    .containsAll(item.ids());
            assertThat(scan.titles.keySet()).as("rule ids CHECKLIST gives §12 item %d", item.number())
                    .containsAll(CHECKLIST.get(item.number()).rules());
        }
    }

    @Test
    void everyCheckedItemIsRefusedInItsRuleFunctionsAndTested() {
        List<String> problems = new ArrayList<>();
        CHECKLIST.forEach((number, item) -> {
            for (String rule : item.rules()) {
                if (!scan.refusingServices(rule).contains(item.service())) {
                    problems.add("§12 item " + number + ": " + item.service() + " refuses with no " + rule);
                } else if (!scan.tested(item.service(), rule)) {
                    problems.add("§12 item " + number + ": no test of " + item.service() + " cites \"" + rule + "\"");
                }
            }
            for (String check : item.checks()) {
                if (item.rules().stream().noneMatch(rule -> scan.refusedIn(item.service(), rule, check))) {
                    problems.add("§12 item " + number + ": " + check + " refuses with none of " + item.rules());
                }
                if (!scan.calledByTest(item.service(), check)) {
                    problems.add("§12 item " + number + ": no test of " + item.service() + " calls " + check);
                }
            }
        });
        assertThat(problems).as("checked §12 items without their code or tests").isEmpty();
    }

    @Test
    void everyRefusalNamesARuleOfTheSpec() {
        assertThat(scan.unnamedRefusals).as("refusals whose rule id is not a literal (the scan cannot see which rule)")
                .isEmpty();
        assertThat(scan.refusals.keySet()).as("rules refused with, as the spec defines them")
                .isSubsetOf(scan.titles.keySet());
    }

    @Test
    void everyRuleAServiceRefusesWithIsCitedByItsTests() {
        List<String> untested = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        scan.refusals.forEach((rule, places) -> {
            for (String service : scan.refusingServices(rule)) {
                boolean allowed = UNTESTED.getOrDefault(service, Set.of()).contains(rule);
                if (!scan.tested(service, rule) && !allowed) {
                    untested.add(service + " refuses with " + rule + " in " + places.stream()
                            .filter(p -> p.service().equals(service)).map(Place::member).distinct()
                            .collect(Collectors.joining(", ")) + ", but none of its tests cites \"" + rule + "\"");
                }
            }
        });
        UNTESTED.forEach((service, rules) -> rules.forEach(rule -> {
            if (scan.tested(service, rule) || !scan.refusingServices(rule).contains(service)) {
                stale.add(service + " " + rule);
            }
        }));
        assertThat(untested).as("refused rules without a test").isEmpty();
        assertThat(stale).as("UNTESTED entries that are tested or no longer refused: remove them").isEmpty();
    }

    @Test
    void docsRulesMdIsCurrent() throws IOException {
        Path document = scan.root.resolve("docs/rules.md");
        String current = Files.isRegularFile(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
        assertThat(current).as("docs/rules.md is stale; regenerate it with %s", REGENERATE).isEqualTo(generated);
    }

    /** The ids the rule report covers: every §12 id, every id a §12 item is checked by, every refused id. */
    static Set<String> blockingRules(RuleScan scan, Map<Integer, Classification> checklist) {
        Set<String> rules = new TreeSet<>(RuleScan::compareIds);
        scan.checklist.forEach(item -> rules.addAll(item.ids()));
        checklist.values().forEach(item -> rules.addAll(item.rules()));
        rules.addAll(scan.refusals.keySet());
        return rules;
    }

    /** "checked", "not yet implemented — issue #12", or checked but for a part that is not yet implemented. */
    static String status(Classification item) {
        if (item.rules().isEmpty()) {
            return ISSUE_12;
        }
        return item.pending() == null ? "checked" : "checked; " + item.pending() + ": " + ISSUE_12;
    }
}
