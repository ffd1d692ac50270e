package org.enforcementledger.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.report.support.TestEvents.penalty;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.Auth;
import org.enforcementledger.report.support.CountingRuleSituations;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard at {@code /}, loaded in headless Chromium (Debian's {@code chromium}) against this running
 * report-service: the figures it shows are the year's. CI installs Chromium (.ci/run); elsewhere the test is skipped
 * when Chromium is missing.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class DashboardTest {

    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([a-z-]+)\">([^<]*)<");

    @TestHTTPResource("/")
    URL root;

    @Test
    void theDashboardShowsTheYearsFiguresInChromium() throws Exception {
        Path chromium = chromium();
        String town = TestEvents.uniqueOrgUnit();
        try (EventFeed feed = new EventFeed()) {
            var c1 = TestEvents.caseFile(town, "2024-03-01", "M-CITY", "DEVOLVED", "大湾村", "BRIGADE", "CITY");
            feed.send(EventFeed.CASES, c1.filed()).send(EventFeed.CASES,
                    c1.decided("2024-03-10", penalty("FINE", "1200.00"), penalty("CONFISCATE_ILLEGAL_GAINS", "300.50")));
            var c2 = TestEvents.caseFile(town, "2024-05-01", "M-SAFE", "STATUTORY", "新华社区", "BRIGADE", "SAFETY");
            feed.send(EventFeed.CASES, c2.filed()).send(EventFeed.CASES, c2.decided("2024-05-10", penalty("WARNING")));
            var operation = TestEvents.jointOperation(town, "2024-04-02", "大湾村", true, List.of("BRIGADE", "SAFETY"),
                    "DISTRICT-EMERGENCY", town);
            feed.send(EventFeed.CASES, operation.recorded(1, "M-SAFE"))
                    .send(EventFeed.CASES, operation.object("M-SAFE", "STATUTORY", true));
            feed.send(EventFeed.CASES, TestEvents.inspection(town, "2024-04-03", "M-CITY", "DEVOLVED", "大湾村", false,
                    false, "CITY"));
            UUID officer = UUID.randomUUID();
            feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, officer, "BRIGADE", "ENFORCEMENT_BRIGADE",
                    "2020-01-01"));
            feed.send(EventFeed.PERSONNEL, TestEvents.certificateIssued(town, officer, "D-" + officer, "2021-01-01",
                    "2029-12-31"));
            feed.send(EventFeed.PERSONNEL, TestEvents.training(town, officer, "PUBLIC_LAW", "24", "2024-06-01"));
        }
        EventFeed.awaitCaughtUp();

        String leader = Auth.token("leader.test", town, "leader");
        String dom = dumpDom(chromium, root + "?year=2024#token=" + leader);

        assertThat(dom).contains("data-summary-loaded=\"true\"").doesNotContain("data-error");
        assertThat(figures(dom)).containsExactly(
                "decisions=2", "amount=1500.50", "inspections=2", "joint=1", "coercion=0", "expropriations=0",
                "challenge-rate=0", "certified=1 / 1", "certification-rate=100.00%", "training-rate=0");
        assertThat(dom).contains("<span id=\"org-unit\">" + town + "</span>")
                .contains("<canvas");
    }

    /**
     * Joint inspections are operations, however many objects each inspected (R8.7), and inspections the objects with
     * a complete record not followed by an act (R8.8): CaseFiguresTest's inspecting town shows 6 inspections (o1, o2,
     * o4, s1, s2, f2) and 2 joint inspections (op1 of three objects, op2 of one).
     */
    @Test
    void theDashboardCountsEachJointOperationOnce() throws Exception {
        Path chromium = chromium();
        String town = TestEvents.uniqueOrgUnit();
        try (EventFeed feed = new EventFeed()) {
            CountingRuleSituations.inspections(feed, town);
        }
        EventFeed.awaitCaughtUp();

        String dom = dumpDom(chromium, root + "?year=2024#token=" + Auth.token("leader.test", town, "leader"));

        assertThat(dom).contains("data-summary-loaded=\"true\"").doesNotContain("data-error");
        assertThat(figures(dom)).contains("inspections=6", "joint=2");
    }

    private static Path chromium() {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium) || System.getenv("CI") != null,
                "Debian's chromium is not installed (apt-get install chromium)");
        return chromium;
    }

    private static List<String> figures(String dom) {
        List<String> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(dom);
        while (matcher.find()) {
            figures.add(matcher.group(1) + "=" + matcher.group(2));
        }
        return figures;
    }

    /** Loads the page headless and returns the DOM after its scripts ran and its requests came back. */
    private static String dumpDom(Path chromium, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
