package org.enforcementledger.report.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.enforcementledger.report.support.Auth.given;
import static org.enforcementledger.report.support.TestEvents.penalty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.Auth;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.enforcementledger.report.support.TestEvents.CaseFile;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Publication (公布) of a year (spec §11.1): frozen as it was, corrected (更正) by a new numbered publication, compared
 * with the live figures that go on moving, refused for a year not over, an unknown town, another town's year or no
 * change.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PublicationTest {

    private static final String AMENDED = "enforcementledger.case.case.decision-amended.v1";
    private static final String REVIEW_FILED = "enforcementledger.case.case.review-filed.v1";

    /**
     * A town's 2024: c1 (M-CITY, DEVOLVED, V-EAST, BRIGADE) decided 2024-11-20 FINE 2000, c2 (M-SAFE, STATUTORY,
     * V-WEST, SAFETY) decided 2024-06-10 WARNING. Published; then c1 amended on 2024-12-20 to FINE 1200 (an amendment
     * of the year, delivered late) and a reconsideration of c1 filed 2025-02-10 (a February review of the year). The
     * publication stays as it was; the diff names the fines (the amendment) and the challenged decisions and their
     * rate (the review); a correction carries the new figures and links to the first; once more is a 409.
     */
    @Test
    void aPublishedYearStaysAsPublishedAndACorrectionCarriesTheLateEvents() throws IOException {
        String town = TestEvents.uniqueOrgUnit();
        CaseFile c1 = TestEvents.caseFile(town, "2024-03-01", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        CaseFile c2 = TestEvents.caseFile(town, "2024-05-01", "M-SAFE", "STATUTORY", "V-WEST", "SAFETY");
        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.CASES, c1.filed()).send(EventFeed.CASES, c1.decided("2024-11-20",
                    penalty("FINE", "2000.00")))
                    .send(EventFeed.CASES, c2.filed()).send(EventFeed.CASES, c2.decided("2024-06-10",
                            penalty("WARNING")));
        }
        EventFeed.awaitCaughtUp();

        JsonPath first = JsonPath.from(admin(town).contentType("application/json")
                .body("{\"note\":\"2024年行政执法统计数据\"}").post("/api/v1/reports/2024/publication").then()
                .statusCode(201).header("Location", endsWith("/api/v1/reports/2024/publication/1"))
                .header("Idempotent-Replayed", "false").extract().asString()).using(decimals());
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getString("orgUnit")).isEqualTo(town);
        assertThat(first.getInt("year")).isEqualTo(2024);
        assertThat(first.getString("publishedBy")).isEqualTo("wang.admin");
        assertThat(first.getString("note")).isEqualTo("2024年行政执法统计数据");
        assertThat(first.getBoolean("onTime")).as("published in 2026, after 31 January 2025").isFalse();
        assertThat(first.getString("corrects")).isNull();
        assertThat(first.getList("corrections")).isEmpty();
        assertThat(first.<BigDecimal> get("summary.penalties.fineTotal")).isEqualByComparingTo("2000.00");
        assertThat(first.getInt("summary.penalties.decisions")).isEqualTo(2);
        assertThat(first.getInt("summary.reviews.challengedDecisions")).isZero();
        assertThat(first.<BigDecimal> get("breakdowns.month[10].fineTotal")).isEqualByComparingTo("2000.00");
        assertThat(first.getString("breakdowns.month[10].key")).isEqualTo("11");
        assertThat(first.getList("files.name")).containsExactly("annual-report.docx", "annual-report.html",
                "annual-report.md", "statistical-tables.csv", "statistical-tables.xlsx");
        assertThat(first.getList("files.href")).contains("/api/v1/reports/2024/publication/1/files/annual-report.md"
                + "?orgUnit=" + town);
        String published = leader(town).get("/api/v1/reports/2024/publication").then().statusCode(200).extract()
                .asString();
        byte[] markdown = file(town, 1, "annual-report.md", "text/markdown;charset=UTF-8");
        assertThat(new String(markdown, StandardCharsets.UTF_8)).contains("累计处罚金额 2000 元");
        byte[] docx = file(town, 1, "annual-report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(word.getParagraphs().get(0).getText()).isEqualTo(town + "2024年行政执法统计情况");
        }
        byte[] xlsx = file(town, 1, "statistical-tables.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(14).getNumericCellValue()).as("合计 罚没金额")
                    .isEqualTo(2000.0);
        }
        assertThat(new String(file(town, 1, "statistical-tables.csv", "text/csv;charset=UTF-8"),
                StandardCharsets.UTF_8)).startsWith("\uFEFF行政处罚实施情况统计表\r\n");
        admin(town).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(409).contentType("application/problem+json");

        ObjectNode amendment = c1.amended("2024-11-20", "2024-12-20", penalty("FINE", "1200.00"));
        ObjectNode review = c1.reviewFiled(UUID.randomUUID(), "RECONSIDERATION", "2025-02-10");
        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.CASES, amendment).send(EventFeed.CASES, review);
        }
        EventFeed.awaitCaughtUp();
        String amendmentId = amendment.path("id").asText();
        String reviewId = review.path("id").asText();

        assertThat(leader(town).get("/api/v1/reports/2024/publication").then().statusCode(200).extract().asString())
                .as("the publication never changes").isEqualTo(published);
        assertThat(file(town, 1, "annual-report.md", "text/markdown;charset=UTF-8")).isEqualTo(markdown);
        JsonPath live = JsonPath.from(leader(town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .extract().asString()).using(decimals());
        assertThat(live.<BigDecimal> get("penalties.fineTotal")).isEqualByComparingTo("1200.00");
        assertThat(live.getInt("reviews.challengedDecisions")).isEqualTo(1);

        List<String> differing = List.of("summary.penalties.fineTotal", "summary.reviews.challengedDecisions",
                "summary.reviews.challengeRate", "breakdown.month.11.fineTotal", "breakdown.village.V-EAST.fineTotal",
                "breakdown.department.BRIGADE.fineTotal", "breakdown.matterSource.DEVOLVED.fineTotal",
                "breakdown.penaltyKind.FINE.fineTotal", "breakdown.matter.M-CITY.fineTotal");
        List<List<String>> movedBy = List.of(List.of(amendmentId), List.of(reviewId), List.of(reviewId),
                List.of(amendmentId), List.of(amendmentId), List.of(amendmentId), List.of(amendmentId),
                List.of(amendmentId), List.of(amendmentId));
        JsonPath diff = JsonPath.from(leader(town).get("/api/v1/reports/2024/publication/diff").then().statusCode(200)
                .extract().asString()).using(decimals());
        assertThat(diff.getInt("publication.number")).isEqualTo(1);
        assertThat(diff.getList("differences.figure")).containsExactlyElementsOf(differing);
        assertThat(diff.<List<String>> getList("differences.events.id")).containsExactlyElementsOf(movedBy);
        assertThat(diff.<BigDecimal> get("differences[0].published")).isEqualByComparingTo("2000.00");
        assertThat(diff.<BigDecimal> get("differences[0].live")).isEqualByComparingTo("1200.00");
        assertThat(diff.getString("differences[0].events[0].type")).isEqualTo(AMENDED);
        assertThat(diff.<BigDecimal> get("differences[0].events[0].moved.'penalties.fineTotal'"))
                .isEqualByComparingTo("-800.00");
        assertThat(diff.getString("differences[1].events[0].type")).isEqualTo(REVIEW_FILED);
        assertThat(diff.<Map<String, Object>> get("differences[1].events[0].moved"))
                .as("the reconsiderations of 2025 are not 2024's").containsOnlyKeys("reviews.challengedDecisions");
        assertThat(diff.<BigDecimal> get("differences[2].published.value")).isEqualTo(new BigDecimal("0.0000"));
        assertThat(diff.getInt("differences[2].published.numerator")).isZero();
        assertThat(diff.<BigDecimal> get("differences[2].live.value")).isEqualTo(new BigDecimal("0.5000"));
        assertThat(diff.getInt("differences[2].live.numerator")).isEqualTo(1);
        assertThat(diff.getInt("differences[2].live.denominator")).isEqualTo(2);

        JsonPath correction = JsonPath.from(admin(town).contentType("application/json")
                .body("{\"note\":\"更正：12月20日的变更决定和2月10日的行政复议晚于公布录入\"}")
                .post("/api/v1/reports/2024/publication").then().statusCode(201).extract().asString())
                .using(decimals());
        assertThat(correction.getInt("number")).isEqualTo(2);
        assertThat(correction.getInt("corrects.number")).isEqualTo(1);
        assertThat(correction.getString("corrects.href"))
                .isEqualTo("/api/v1/reports/2024/publication/1?orgUnit=" + town);
        assertThat(correction.<BigDecimal> get("summary.penalties.fineTotal")).isEqualByComparingTo("1200.00");
        assertThat(correction.getInt("summary.reviews.challengedDecisions")).isEqualTo(1);
        assertThat(correction.getList("corrections.figure")).containsExactlyElementsOf(differing);
        assertThat(correction.<List<String>> getList("corrections.events.id")).containsExactlyElementsOf(movedBy);
        assertThat(correction.<BigDecimal> get("corrections[0].before")).isEqualByComparingTo("2000.00");
        assertThat(correction.<BigDecimal> get("corrections[0].after")).isEqualByComparingTo("1200.00");
        assertThat(new String(file(town, 2, "annual-report.md", "text/markdown;charset=UTF-8"),
                StandardCharsets.UTF_8)).contains("累计处罚金额 1200 元");

        leader(town).get("/api/v1/reports/2024/publication").then().statusCode(200).body("number", equalTo(2));
        leader(town).get("/api/v1/reports/2024/publication/1").then().statusCode(200).body("number", equalTo(1))
                .body("correctedBy.number", equalTo(2)).body("summary.penalties.fineTotal", equalTo(2000.0f));
        leader(town).get("/api/v1/reports/2024/publication/2").then().statusCode(200)
                .body("correctedBy", nullValue());
        leader(town).get("/api/v1/reports/2024/publication/diff").then().statusCode(200)
                .body("publication.number", equalTo(2)).body("differences.size()", equalTo(0));

        admin(town).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Nothing to correct: the figures of 2024 are those of publication 2."));
        leader(town).get("/api/v1/reports/2024/publication").then().body("number", equalTo(2));
        leader(town).get("/api/v1/reports/2024/publication/3").then().statusCode(404);
    }

    /**
     * Figures computed when asked name their events too: an inspection of December 2024 and a training of November
     * 2024 delivered after the publication; an inspection of 2025 is not 2024's and is named nowhere.
     */
    @Test
    void figuresComputedWhenAskedNameTheirLateEvents() {
        String town = TestEvents.uniqueOrgUnit();
        UUID officer = UUID.randomUUID();
        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, officer, "BRIGADE",
                    "ENFORCEMENT_BRIGADE", "2020-01-01"));
        }
        EventFeed.awaitCaughtUp();
        admin(town).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(201);

        ObjectNode inspection = TestEvents.singleInspection(town, "2024-12-10", "M-SAFE", "STATUTORY", "V-EAST",
                false, true, "BRIGADE");
        ObjectNode training = TestEvents.training(town, officer, "PUBLIC_LAW", "20.0", "2024-11-01");
        ObjectNode nextYear = TestEvents.singleInspection(town, "2025-03-01", "M-SAFE", "STATUTORY", "V-EAST",
                false, true, "BRIGADE");
        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.CASES, inspection).send(EventFeed.PERSONNEL, training).send(EventFeed.CASES, nextYear);
        }
        EventFeed.awaitCaughtUp();

        JsonPath diff = JsonPath.from(leader(town).get("/api/v1/reports/2024/publication/diff").then().statusCode(200)
                .extract().asString()).using(decimals());
        String inspected = inspection.path("id").asText();
        String trained = training.path("id").asText();
        String prefix = "officers." + officer + ".";
        assertThat(diff.getList("differences.figure")).containsExactly("summary.inspections.total",
                "summary.personnel.trainingHoursTotal", "summary.personnel.trainingHoursPerOfficer",
                "breakdown.month.12.inspections", "breakdown.village.V-EAST.inspections",
                "breakdown.department.BRIGADE.inspections", "breakdown.matterSource.STATUTORY.inspections",
                "breakdown.matter.M-SAFE.inspections", prefix + "trainingHours.PUBLIC_LAW",
                prefix + "trainingHoursTotal", prefix + "trainingAreasMissing");
        assertThat(diff.<List<String>> getList("differences.events.id")).containsExactly(List.of(inspected),
                List.of(trained), List.of(trained), List.of(inspected), List.of(inspected), List.of(inspected),
                List.of(inspected), List.of(inspected), List.of(trained), List.of(trained), List.of(trained));
        assertThat(diff.<BigDecimal> get("differences[1].events[0].moved.'personnel.trainingHoursTotal'"))
                .isEqualByComparingTo("20.0");
        assertThat(diff.<Map<String, Object>> get("differences[0].events[0].moved")).as("counted when asked")
                .isEmpty();
        assertThat(diff.getList("differences[10].published")).containsExactly("PUBLIC_LAW", "BUSINESS",
                "ENFORCEMENT_SKILLS");
        assertThat(diff.getList("differences[10].live")).containsExactly("BUSINESS", "ENFORCEMENT_SKILLS");
    }

    /** Town A cannot publish town B's year nor read B's publications, files or diff: each a 404, nothing written. */
    @Test
    void aTownCannotPublishOrReadAnotherTownsYear() {
        String a = TestEvents.uniqueOrgUnit();
        String b = TestEvents.uniqueOrgUnit();
        feedOneDecision(a);
        feedOneDecision(b);
        admin(b).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(201);

        admin(a).contentType("application/json").body("{}").queryParam("orgUnit", b)
                .post("/api/v1/reports/2024/publication").then().statusCode(404)
                .contentType("application/problem+json");
        for (String path : List.of("/api/v1/reports/2024/publication", "/api/v1/reports/2024/publication/1",
                "/api/v1/reports/2024/publication/diff", "/api/v1/reports/2024/publication/1/files/annual-report.md",
                "/api/v1/reports/2024/publications")) {
            leader(a).queryParam("orgUnit", b).get(path).then().statusCode(404)
                    .contentType("application/problem+json");
            admin(a).queryParam("orgUnit", b).get(path).then().statusCode(404);
        }
        leader(a).get("/api/v1/reports/2024/publication").then().statusCode(404)
                .body("detail", equalTo("Org unit " + a + " has not published 2024."));
        district().queryParam("orgUnit", b).get("/api/v1/reports/2024/publications").then().statusCode(200)
                .body("publications.size()", equalTo(1)).body("publications[0].number", equalTo(1))
                .body("publications[0].publishedBy", equalTo("wang.admin"));
        Auth.as("district.admin", null, "admin", "district-supervisor").contentType("application/json").body("{}")
                .queryParam("orgUnit", b).post("/api/v1/reports/2024/publication").then().statusCode(403);
    }

    /**
     * Bad input is a problem naming the field, and nothing is written: a year not over (§11.1: the current year and the
     * next), a year out of range, a town without figures of the year, an over-long note, an unknown field.
     */
    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String town = TestEvents.uniqueOrgUnit();
        feedOneDecision(town);
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        for (int year : List.of(thisYear, thisYear + 1)) {
            admin(town).contentType("application/json").body("{}").post("/api/v1/reports/" + year + "/publication")
                    .then().statusCode(422).contentType("application/problem+json").body("rule", equalTo("§11.1"))
                    .body("errors[0].field", equalTo("year"));
            leader(town).get("/api/v1/reports/" + year + "/publication").then().statusCode(404);
        }
        admin(town).contentType("application/json").body("{}").post("/api/v1/reports/2101/publication").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));

        String unknown = TestEvents.uniqueOrgUnit();
        admin(unknown).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(404).contentType("application/problem+json").body("errors[0].field", equalTo("orgUnit"));
        leader(unknown).get("/api/v1/reports/2024/publications").then().statusCode(200)
                .body("towns[0].status", equalTo("NOT_PUBLISHED")).body("publications.size()", equalTo(0));

        admin(town).contentType("application/json").body("{\"note\":\"" + "更".repeat(2001) + "\"}")
                .post("/api/v1/reports/2024/publication").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        admin(town).contentType("application/json").body("{\"orgUnit\":\"" + town + "\"}")
                .post("/api/v1/reports/2024/publication").then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnit"));
        admin(town).header("Idempotency-Key", "k".repeat(201)).contentType("application/json").body("{}")
                .post("/api/v1/reports/2024/publication").then().statusCode(400)
                .body("errors[0].field", equalTo("idempotencyKey"));
        leader(town).get("/api/v1/reports/2024/publication").then().statusCode(404);
        leader(town).get("/api/v1/reports/2024/publication/diff").then().statusCode(404);
    }

    /** The same Idempotency-Key by the same user gives the first answer again, and publishes nothing more. */
    @Test
    void aRetryWithTheSameIdempotencyKeyGivesTheFirstPublication() {
        String town = TestEvents.uniqueOrgUnit();
        feedOneDecision(town);
        String first = admin(town).header("Idempotency-Key", "publish-" + town).contentType("application/json")
                .body("{}").post("/api/v1/reports/2024/publication").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().asString();
        String again = admin(town).header("Idempotency-Key", "publish-" + town).contentType("application/json")
                .body("{}").post("/api/v1/reports/2024/publication").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        district().queryParam("orgUnit", town).get("/api/v1/reports/2024/publications").then()
                .body("publications.size()", equalTo(1));
    }

    /** The district sees every town's publications of the year and who has not published by 31 January. */
    @Test
    void theDistrictListsEveryTownsPublicationsAndWhoHasNotPublished() {
        String published = TestEvents.uniqueOrgUnit();
        String silent = TestEvents.uniqueOrgUnit();
        feedOneDecision(published);
        feedOneDecision(silent);
        OffsetDateTime publishedAt = OffsetDateTime.parse(admin(published).contentType("application/json").body("{}")
                .post("/api/v1/reports/2024/publication").then().statusCode(201).extract().path("publishedAt"));

        JsonPath year = JsonPath.from(district().get("/api/v1/reports/2024/publications").then().statusCode(200)
                .extract().asString());
        assertThat(year.getString("deadline")).isEqualTo("2025-01-31");
        assertThat(year.getBoolean("deadlinePassed")).isTrue();
        assertThat(year.getList("notPublishedByDeadline")).contains(published, silent);
        assertThat(year.getString("towns.find { it.orgUnit == '" + published + "' }.status")).isEqualTo("LATE");
        assertThat(OffsetDateTime.parse(year.getString("towns.find { it.orgUnit == '" + published
                + "' }.firstPublishedAt"))).isEqualTo(publishedAt);
        assertThat(year.getInt("towns.find { it.orgUnit == '" + published + "' }.latest.number")).isEqualTo(1);
        assertThat(year.getString("towns.find { it.orgUnit == '" + silent + "' }.status"))
                .isEqualTo("NOT_PUBLISHED");
        assertThat(year.getList("publications.findAll { it.orgUnit == '" + published + "' }.number"))
                .containsExactly(1);
        assertThat(year.getList("publications.orgUnit")).doesNotContain(silent);

        leader(published).get("/api/v1/reports/2024/publications").then().statusCode(200)
                .body("towns.orgUnit", equalTo(List.of(published))).body("notPublishedByDeadline",
                        equalTo(List.of(published)));
    }

    /**
     * A publication is a record: the database refuses to change or delete it, or its files, whoever asks
     * ({@code report_records}' triggers).
     */
    @Test
    void theDatabaseRefusesToChangeAPublication() throws Exception {
        String town = TestEvents.uniqueOrgUnit();
        feedOneDecision(town);
        admin(town).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(201);
        String before = leader(town).get("/api/v1/reports/2024/publication").then().extract().asString();
        byte[] markdown = file(town, 1, "annual-report.md", "text/markdown;charset=UTF-8");
        var infrastructure = LocalStackTestResource.infrastructure();
        try (var connection = DriverManager.getConnection(infrastructure.jdbcUrl(),
                infrastructure.username(), infrastructure.password());
                var statement = connection.createStatement()) {
            for (String change : List.of(
                    "UPDATE report_records.publication SET note = 'changed' WHERE org_unit = '" + town + "'",
                    "DELETE FROM report_records.publication WHERE org_unit = '" + town + "'",
                    "UPDATE report_records.publication_file SET content = 'x' WHERE publication_id ="
                            + " (SELECT id FROM report_records.publication WHERE org_unit = '" + town + "')",
                    "DELETE FROM report_records.publication_file WHERE publication_id ="
                            + " (SELECT id FROM report_records.publication WHERE org_unit = '" + town + "')",
                    "TRUNCATE report_records.publication_file")) {
                assertThat(catchThrowable(() -> statement.execute(change)))
                        .as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("a publication (公布) is a record and never changes");
            }
        }
        assertThat(leader(town).get("/api/v1/reports/2024/publication").then().extract().asString()).isEqualTo(before);
        assertThat(file(town, 1, "annual-report.md", "text/markdown;charset=UTF-8")).isEqualTo(markdown);
    }

    /** Publications and the events kept for their diff are records: a rebuild of the figures leaves them as they were. */
    @Test
    void publicationsSurviveARebuild() {
        String town = TestEvents.uniqueOrgUnit();
        CaseFile late = TestEvents.caseFile(town, "2024-04-01", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feedOneDecision(town);
        admin(town).contentType("application/json").body("{}").post("/api/v1/reports/2024/publication").then()
                .statusCode(201);
        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.CASES, late.filed());
        }
        EventFeed.awaitCaughtUp();
        String publication = leader(town).get("/api/v1/reports/2024/publication").then().statusCode(200).extract()
                .asString();
        String diff = leader(town).get("/api/v1/reports/2024/publication/diff").then().statusCode(200).extract()
                .asString().replaceAll("\"asOf\":\"[^\"]*\",?", "");
        assertThat(JsonPath.from(diff).getList("differences.figure")).contains("summary.cases.filed");

        OffsetDateTime requested = OffsetDateTime.now();
        given().post("/api/v1/reports/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath status = given().get("/api/v1/reports/status").then().statusCode(200).extract().jsonPath();
            assertThat(status.getString("rebuild.state")).isNotEqualTo("FAILED");
            return "DONE".equals(status.getString("rebuild.state"))
                    && !OffsetDateTime.parse(status.getString("rebuild.startedAt")).isBefore(requested.minusSeconds(1));
        });

        assertThat(leader(town).get("/api/v1/reports/2024/publication").then().statusCode(200).extract().asString())
                .isEqualTo(publication);
        assertThat(leader(town).get("/api/v1/reports/2024/publication/diff").then().statusCode(200).extract()
                .asString().replaceAll("\"asOf\":\"[^\"]*\",?", "")).isEqualTo(diff);
    }

    private static void feedOneDecision(String town) {
        CaseFile c = TestEvents.caseFile(town, "2024-02-01", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.CASES, c.filed()).send(EventFeed.CASES, c.decided("2024-02-20", penalty("FINE",
                    "500.00")));
        }
        EventFeed.awaitCaughtUp();
    }

    private static byte[] file(String town, int number, String name, String mediaType) {
        Response response = leader(town).get("/api/v1/reports/2024/publication/" + number + "/files/" + name);
        response.then().statusCode(200).contentType(mediaType).header("Content-Disposition",
                "attachment; filename=\"" + town + "-2024-publication-" + number + "-" + name + "\"");
        return response.asByteArray();
    }

    private static JsonPathConfig decimals() {
        return new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    }

    private static RequestSpecification admin(String town) {
        return Auth.as("wang.admin", town, "admin");
    }

    private static RequestSpecification leader(String town) {
        return Auth.as("chen.leader", town, "leader");
    }

    private static RequestSpecification district() {
        return Auth.as("district.supervisor", null, "district-supervisor");
    }
}
