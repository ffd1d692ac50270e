package org.enforcementledger.report.annual;

import static org.enforcementledger.report.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.report.support.TestEvents.penalty;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The annual report and the statistical tables of a year shaped like Dawan's 2024 (a handful of penalties worth
 * "4000 余元", 42 joint inspections, no coercion, expropriation or review):
 *
 * <pre>
 * case  source     decided      penalties                                counts as
 * c1    STATUTORY  2024-02-10   WARNING                                   WARNING       closed 2024-02-20
 * c2    DEVOLVED   2024-03-10   FINE 200                                  FINE          closed 2024-04-01
 * c3    DEVOLVED   2024-05-10   FINE 1500, CONFISCATE_ILLEGAL_GAINS 450.50 CONFISCATE_ILLEGAL_GAINS
 * c4    DEVOLVED   2024-07-10   FINE 2000                                 FINE
 * c5    ENTRUSTED  2024-09-10   WARNING                                   WARNING
 * c6    STATUTORY  2024-10-10   NO_PENALTY                                (not a penalty decision)
 * </pre>
 * 5 decisions, fines 3700.00 + confiscations 450.50 = 4150.50 yuan ("4000 余元"); inspections 45, 42 of them
 * enterprise-related objects of 42 joint operations with 区应急管理局 ("联合行政检查 40 余次"); officers A (certified 2024-03-01, 60 hours) and B (certified 2019, 30 hours),
 * both passed the annual exam.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTest {

    private static final String TOWN = "500112-golden";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/annual-report-2024.md");

    private boolean fed;

    @BeforeEach
    void feedTheYear() {
        if (fed) {
            return;
        }
        fed = true;
        String cases = EventFeed.CASES;
        String people = EventFeed.PERSONNEL;
        try (EventFeed feed = new EventFeed()) {
            var c1 = TestEvents.caseFile(TOWN, "2024-02-01", "M-SAFE", "STATUTORY", "V-1", "BRIGADE", "SAFETY");
            feed.send(cases, c1.filed()).send(cases, c1.decided("2024-02-10", penalty("WARNING")))
                    .send(cases, c1.closed("2024-02-20"));
            var c2 = TestEvents.caseFile(TOWN, "2024-03-01", "M-CITY", "DEVOLVED", "V-2", "BRIGADE", "CITY");
            feed.send(cases, c2.filed()).send(cases, c2.decided("2024-03-10", penalty("FINE", "200.00")))
                    .send(cases, c2.closed("2024-04-01"));
            var c3 = TestEvents.caseFile(TOWN, "2024-05-01", "M-CITY", "DEVOLVED", "V-1", "BRIGADE", "CITY");
            feed.send(cases, c3.filed()).send(cases, c3.decided("2024-05-10", penalty("FINE", "1500.00"),
                    penalty("CONFISCATE_ILLEGAL_GAINS", "450.50")));
            var c4 = TestEvents.caseFile(TOWN, "2024-07-01", "M-CITY", "DEVOLVED", "V-3", "BRIGADE", "CITY");
            feed.send(cases, c4.filed()).send(cases, c4.decided("2024-07-10", penalty("FINE", "2000.00")));
            var c5 = TestEvents.caseFile(TOWN, "2024-09-01", "M-FIRE", "ENTRUSTED", "V-2", "BRIGADE", "SAFETY");
            feed.send(cases, c5.filed()).send(cases, c5.decided("2024-09-10", penalty("WARNING")));
            var c6 = TestEvents.caseFile(TOWN, "2024-10-01", "M-SAFE", "STATUTORY", "V-3", "BRIGADE", "SAFETY");
            feed.send(cases, c6.filed()).send(cases, c6.decidedNotToPenalise("2024-10-10"));
            for (int i = 0; i < 42; i++) {
                var operation = TestEvents.jointOperation(TOWN, "2024-04-" + (10 + i % 20), "V-1", true,
                        List.of("BRIGADE", "SAFETY"), "DISTRICT-EMERGENCY", TOWN);
                feed.send(cases, operation.recorded(1, "M-SAFE"))
                        .send(cases, operation.object("M-SAFE", "STATUTORY", true));
            }
            for (int i = 0; i < 3; i++) {
                feed.send(cases, TestEvents.inspection(TOWN, "2024-06-0" + (i + 1), "M-CITY", "DEVOLVED", "V-2", false,
                        false, "BRIGADE"));
            }

            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            feed.send(people, TestEvents.officerRegistered(TOWN, a, "BRIGADE", "ENFORCEMENT_BRIGADE", "2023-06-01"))
                    .send(people, TestEvents.certificateIssued(TOWN, a, "G-A", "2024-03-01", "2030-02-28"))
                    .send(people, TestEvents.training(TOWN, a, "PUBLIC_LAW", "24", "2024-03-05"))
                    .send(people, TestEvents.training(TOWN, a, "BUSINESS", "24", "2024-06-05"))
                    .send(people, TestEvents.training(TOWN, a, "ENFORCEMENT_SKILLS", "12", "2024-09-05"))
                    .send(people, TestEvents.exam(TOWN, a, "ANNUAL_LEGAL", "2024-11-15", true));
            feed.send(people, TestEvents.officerRegistered(TOWN, b, "SAFETY", "BUSINESS_OFFICE", "2018-01-01"))
                    .send(people, TestEvents.certificateIssued(TOWN, b, "G-B", "2019-01-01", "2028-12-31"))
                    .send(people, TestEvents.training(TOWN, b, "BUSINESS", "18", "2024-04-05"))
                    .send(people, TestEvents.training(TOWN, b, "PUBLIC_LAW", "12", "2024-10-05"))
                    .send(people, TestEvents.exam(TOWN, b, "ANNUAL_LEGAL", "2024-11-15", true));
        }
        EventFeed.awaitCaughtUp();
    }

    @Test
    void theMarkdownReportMatchesTheGoldenFile() throws Exception {
        String markdown = given().accept("text/markdown").queryParam("orgUnit", TOWN)
                .get("/api/v1/reports/2024/annual-report").then().statusCode(200)
                .contentType("text/markdown").extract().asString();
        String stable = markdown.replaceAll("截至 \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}", "截至 (时间)");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, stable, StandardCharsets.UTF_8);
        }
        assertThat(stable).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(markdown).contains("累计实施行政处罚 5 件，累计处罚金额 4000 余元；行政强制 0、行政征收征用 0、联合行政检查 40 余次、"
                + "行政复议或行政诉讼案件的发生率为 0。");
    }

    @Test
    void aClientThatAcceptsAnythingGetsMarkdownAndAWorkbook() {
        given().accept("*/*").queryParam("orgUnit", TOWN).get("/api/v1/reports/2024/annual-report").then()
                .statusCode(200).contentType("text/markdown");
        given().accept("*/*").queryParam("orgUnit", TOWN).get("/api/v1/reports/2024/export").then()
                .statusCode(200).contentType(ExportResource.XLSX);
        given().accept("text/csv;q=0.9, text/html").queryParam("orgUnit", TOWN).get("/api/v1/reports/2024/export")
                .then().statusCode(200).contentType("text/csv");
    }

    @Test
    void theHtmlReportCarriesTheSameSentences() {
        String html = given().accept("text/html").queryParam("orgUnit", TOWN).get("/api/v1/reports/2024/annual-report")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>500112-golden2024年行政执法统计情况</h1>")
                .contains("联合行政检查 40 余次").contains("<td>没收违法所得</td><td>1</td>");
    }

    @Test
    void theWordReportOpensAndReadsBack() throws Exception {
        byte[] docx = given().accept(AnnualReportResource.DOCX).queryParam("orgUnit", TOWN)
                .get("/api/v1/reports/2024/annual-report").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("500112-golden2024年行政执法统计情况");
            assertThat(paragraphs).anyMatch(p -> p.contains("累计处罚金额 4000 余元"));
            assertThat(word.getTables()).hasSize(1);
            assertThat(word.getTables().get(0).getRow(13).getCell(1).getText()).isEqualTo("5");
        }
    }

    @Test
    void theStatisticalTablesOpenAsAWorkbookAndAsCsv() throws Exception {
        byte[] xlsx = given().accept(ExportResource.XLSX).queryParam("orgUnit", TOWN)
                .get("/api/v1/reports/2024/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            Sheet penalties = workbook.getSheet("行政处罚实施情况统计表");
            Row statutory = penalties.getRow(1);
            Row devolved = penalties.getRow(2);
            Row total = penalties.getRow(4);
            assertThat(statutory.getCell(0).getStringCellValue()).isEqualTo("法定执法");
            assertThat(statutory.getCell(13).getNumericCellValue()).isEqualTo(1);
            assertThat(devolved.getCell(13).getNumericCellValue()).isEqualTo(3);
            assertThat(devolved.getCell(14).getNumericCellValue()).as("200 + 1500 + 450.50 + 2000").isEqualTo(4150.5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).as("警告").isEqualTo(2);
            assertThat(total.getCell(3).getNumericCellValue()).as("罚款").isEqualTo(2);
            assertThat(total.getCell(4).getNumericCellValue()).as("没收违法所得").isEqualTo(1);
            assertThat(total.getCell(13).getNumericCellValue()).isEqualTo(5);
            assertThat(total.getCell(14).getNumericCellValue()).isEqualTo(4150.5);
            Row inspections = workbook.getSheet("行政检查情况统计表").getRow(1);
            assertThat(inspections.getCell(0).getNumericCellValue()).isEqualTo(45);
            assertThat(inspections.getCell(1).getNumericCellValue()).isEqualTo(42);
            Row people = workbook.getSheet("行政执法人员情况统计表").getRow(1);
            assertThat(people.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(people.getCell(2).getStringCellValue()).isEqualTo("100.00%");
            assertThat(people.getCell(7).getNumericCellValue()).isEqualTo(90);
            assertThat(people.getCell(9).getStringCellValue()).isEqualTo("50.00%");
        }

        String csv = given().accept("text/csv").queryParam("orgUnit", TOWN).get("/api/v1/reports/2024/export")
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("行政处罚实施情况统计表");
        assertThat(lines.get(5)).isEqualTo("合计,2,0,2,1,0,0,0,0,0,0,0,0,5,4150.50");
        assertThat(lines).contains("行政检查情况统计表", "45,42,42");
    }

    /**
     * §10.3: a rate is printed with its definition under its table, in the workbook and in the CSV alike; so is what
     * an inspection and a joint inspection are (R8.7, R8.8).
     */
    @Test
    void eachRateIsDefinedUnderItsTable() throws Exception {
        byte[] xlsx = given().accept(ExportResource.XLSX).queryParam("orgUnit", TOWN)
                .get("/api/v1/reports/2024/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet reviews = workbook.getSheet("行政复议和行政诉讼情况统计表");
            assertThat(reviews.getRow(2)).as("an empty row between the table and its notes").isNull();
            assertThat(reviews.getRow(3).getCell(0).getStringCellValue()).startsWith("复议诉讼率 = 本年度作出的行政处罚决定中");
            assertThat(reviews.getRow(4).getCell(0).getStringCellValue()).startsWith("综合纠错率 = ");
            Sheet people = workbook.getSheet("行政执法人员情况统计表");
            assertThat(people.getRow(0).getCell(12).getStringCellValue()).isEqualTo("年末在岗人员");
            assertThat(people.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(2);
            assertThat(people.getRow(1).getCell(13).getNumericCellValue()).as("人均培训学时 90 / 2").isEqualTo(45);
            assertThat(people.getRow(1).getCell(14).getNumericCellValue()).as("B lacks enforcement skills")
                    .isEqualTo(1);
            assertThat(people.getRow(0).getCell(17).getStringCellValue()).isEqualTo("参考率");
            assertThat(people.getRow(1).getCell(17).getStringCellValue()).isEqualTo("100.00%");
            assertThat(people.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("持证率 = 年末在岗且持有有效行政执法证件的人数 ÷ 年末在岗人员数（§11.5）；暂扣含年度审验不合格被暂扣的证件。");
        }
        String csv = given().accept("text/csv").queryParam("orgUnit", TOWN).get("/api/v1/reports/2024/export")
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        int rates = lines.indexOf("行政复议和行政诉讼情况统计表");
        assertThat(lines.get(rates + 3)).startsWith("复议诉讼率 = ");
        assertThat(lines.get(rates + 4)).startsWith("综合纠错率 = ");
        assertThat(lines.get(rates + 5)).isEmpty();
        int inspections = lines.indexOf("行政检查情况统计表");
        assertThat(lines.get(inspections + 3)).isEqualTo("检查次数：有完整、详细检查记录的检查对象，每个对象计 1 次；没有具体对象的巡查"
                + "和没有检查结论的记录不计（R8.8）。检查后同年立案查处的，计入该执法行为，不计入检查次数（本年度 0 次）。");
        assertThat(lines.get(inspections + 4)).startsWith("联合检查：本镇与区县部门、消防救援机构、相邻乡镇等其他执法主体共同开展的"
                + "联合检查行动，每次行动计 1 次，不论检查对象多少（R8.7）");
        assertThat(lines).contains("培训达标率 = 年内培训不少于 60 学时且涵盖公共法律知识、业务知识和执法技能三类的人数 ÷ 年内在岗人员数"
                + "（R4.3）；培训未涵盖三类：其中任一类没有学时的年内在岗人员数。");
    }
}
