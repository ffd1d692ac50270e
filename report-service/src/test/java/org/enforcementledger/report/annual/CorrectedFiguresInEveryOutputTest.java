package org.enforcementledger.report.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.report.support.Auth.given;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.CountingRuleSituations;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The statistical tables (xlsx and CSV) and the annual report show the figures as issue #10 counts them, for a town
 * whose 2024 holds every situation it found miscounted: the inspections of CaseFiguresTest's inspecting town, the
 * amended decisions of its amending town and the officers of PersonnelFiguresTest's second town
 * ({@link CountingRuleSituations}; the tables of those tests describe each event). Counted by hand:
 *
 * <pre>
 * penalty decisions of 2024       8: d1 FINE 600, d2 FINE 2000 (amended in 2025), d3 WARNING (amended in 2024 from
 *                                 ORDER_SUSPENSION + FINE 5000), d4 REVOKE_PERMIT (amended in 2025), d5 FINE 800 and
 *                                 d6 FINE 400 (amended to no penalty), d7 WARNING (a decision not to penalise amended
 *                                 in 2024), all DEVOLVED; e1 FINE 500, STATUTORY
 *   by heaviest kind              WARNING 2 (d3, d7), FINE 5 (d1, d2, d5, d6, e1), REVOKE_PERMIT 1 (d4),
 *                                 ORDER_SUSPENSION 0
 *   by source                     STATUTORY 1 (500.00), DEVOLVED 7 (600 + 2000 + 800 + 400 = 3800.00), ENTRUSTED 0
 *   fines                         3800 + 500 = 4300.00 ("4000 余元"), no confiscation, no decision not to penalise
 * cases filed in 2024             9: d1-d7, e0 (2024-01-05), e1 (2024-06-05); e2 is filed in 2025; none closed
 * inspections                     6 (o1, o2, o4, s1, s2, f2), joint 2 (op1, op2), enterprise-related 3 (o1, o2, s1),
 *                                 followed by an act 1 (f1)
 * officers in a post in the year  7 (P-W); on 31 December 4 (P, S, T, U), of them certified 3 (P, T, U): 持证率 75.00%
 * certificates                    issued 0 (all before 2024), cancelled 0, revoked 0, suspended 2 (T, and S by a
 *                                 failed annual review)
 * training                        130 hours, per officer 130 / 7 = 18.6; target met 1 (Q) of 7 = 14.29%; missing an
 *                                 area 6 (all but Q)
 * annual exam                     expected 6, taken 3 (P once though he sat twice, R, S), absent 2 (Q, T): 参考率
 *                                 3 / 6 = 50.00%; passed 2 (P, R): 合格率 2 / 3 = 66.67%
 * reviews                         none: 复议诉讼率 0 (0 of 8)
 * </pre>
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectedFiguresInEveryOutputTest {

    private final String town = TestEvents.uniqueOrgUnit();

    private boolean fed;

    /** Once per class; not in @BeforeAll, where the test HTTP port is not known yet. */
    @BeforeEach
    void feedTheYear() {
        if (fed) {
            return;
        }
        fed = true;
        try (EventFeed feed = new EventFeed()) {
            CountingRuleSituations.inspections(feed, town);
            CountingRuleSituations.amendments(feed, town);
            CountingRuleSituations.personnel(feed, town, CountingRuleSituations.Officers.random());
        }
        EventFeed.awaitCaughtUp();
    }

    @Test
    void theWorkbookShowsTheCorrectedFigures() throws Exception {
        byte[] xlsx = given().accept(ExportResource.XLSX).queryParam("orgUnit", town)
                .get("/api/v1/reports/2024/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet penalties = workbook.getSheet("行政处罚实施情况统计表");
            Row statutory = penalties.getRow(1);
            assertThat(statutory.getCell(0).getStringCellValue()).isEqualTo("法定执法");
            assertThat(statutory.getCell(3).getNumericCellValue()).as("罚款: e1").isEqualTo(1);
            assertThat(statutory.getCell(13).getNumericCellValue()).as("e1").isEqualTo(1);
            assertThat(statutory.getCell(14).getNumericCellValue()).as("e1's 500").isEqualTo(500);
            Row devolved = penalties.getRow(2);
            assertThat(devolved.getCell(0).getStringCellValue()).isEqualTo("赋权执法");
            assertThat(devolved.getCell(1).getNumericCellValue()).as("警告: d3, d7").isEqualTo(2);
            assertThat(devolved.getCell(3).getNumericCellValue()).as("罚款: d1, d2, d5, d6").isEqualTo(4);
            assertThat(devolved.getCell(8).getNumericCellValue()).as("吊销许可证件: d4").isEqualTo(1);
            assertThat(devolved.getCell(10).getNumericCellValue()).as("责令停产停业: d3 amended away").isEqualTo(0);
            assertThat(devolved.getCell(13).getNumericCellValue()).as("d1-d7").isEqualTo(7);
            assertThat(devolved.getCell(14).getNumericCellValue()).as("600 + 2000 + 800 + 400").isEqualTo(3800);
            Row total = penalties.getRow(4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(13).getNumericCellValue()).isEqualTo(8);
            assertThat(total.getCell(14).getNumericCellValue()).as("3800 + 500").isEqualTo(4300);

            Row inspections = workbook.getSheet("行政检查情况统计表").getRow(1);
            assertThat(inspections.getCell(0).getNumericCellValue()).as("o1, o2, o4, s1, s2, f2").isEqualTo(6);
            assertThat(inspections.getCell(1).getNumericCellValue()).as("op1, op2").isEqualTo(2);
            assertThat(inspections.getCell(2).getNumericCellValue()).as("o1, o2, s1").isEqualTo(3);

            Row people = workbook.getSheet("行政执法人员情况统计表").getRow(1);
            assertThat(people.getCell(0).getNumericCellValue()).as("年内在岗人员: P-W").isEqualTo(7);
            assertThat(people.getCell(1).getNumericCellValue()).as("年末在岗持证: P, T, U").isEqualTo(3);
            assertThat(people.getCell(2).getStringCellValue()).as("持证率 3 / 4").isEqualTo("75.00%");
            assertThat(people.getCell(6).getNumericCellValue()).as("暂扣: T, S's failed review").isEqualTo(2);
            assertThat(people.getCell(7).getNumericCellValue()).as("培训学时").isEqualTo(130);
            assertThat(people.getCell(8).getNumericCellValue()).as("培训达标: Q").isEqualTo(1);
            assertThat(people.getCell(9).getStringCellValue()).as("培训达标率 1 / 7").isEqualTo("14.29%");
            assertThat(people.getCell(10).getNumericCellValue()).as("参考: P, R, S").isEqualTo(3);
            assertThat(people.getCell(11).getNumericCellValue()).as("合格: P, R").isEqualTo(2);
            assertThat(people.getCell(12).getNumericCellValue()).as("年末在岗人员: P, S, T, U").isEqualTo(4);
            assertThat(people.getCell(13).getNumericCellValue()).as("人均培训学时 130 / 7").isEqualTo(18.6);
            assertThat(people.getCell(14).getNumericCellValue()).as("培训未涵盖三类: all but Q").isEqualTo(6);
            assertThat(people.getCell(15).getNumericCellValue()).as("应参考: P, S, T, U, R, Q").isEqualTo(6);
            assertThat(people.getCell(16).getNumericCellValue()).as("缺考: Q, T").isEqualTo(2);
            assertThat(people.getCell(17).getStringCellValue()).as("参考率 3 / 6").isEqualTo("50.00%");
            assertThat(people.getCell(18).getStringCellValue()).as("合格率 2 / 3").isEqualTo("66.67%");
        }
    }

    @Test
    void theCsvShowsTheCorrectedFigures() {
        String csv = given().accept("text/csv").queryParam("orgUnit", town).get("/api/v1/reports/2024/export")
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        // Kinds in the order 警告, 通报批评, 罚款, 没收违法所得, 没收非法财物, 暂扣许可证件, 降低资质等级, 吊销许可证件,
        // 限制开展生产经营活动, 责令停产停业, 责令关闭, 限制从业; then decisions and money.
        assertThat(lines).containsSubsequence("行政处罚实施情况统计表",
                "法定执法,0,0,1,0,0,0,0,0,0,0,0,0,1,500.00",
                "赋权执法,2,0,4,0,0,0,0,1,0,0,0,0,7,3800.00",
                "委托执法,0,0,0,0,0,0,0,0,0,0,0,0,0,0.00",
                "合计,2,0,5,0,0,0,0,1,0,0,0,0,8,4300.00");
        int inspections = lines.indexOf("行政检查情况统计表");
        assertThat(lines.get(inspections + 2)).isEqualTo("6,2,3");
        assertThat(lines.get(inspections + 3)).endsWith("检查后同年立案查处的，计入该执法行为，不计入检查次数（本年度 1 次）。");
        int people = lines.indexOf("行政执法人员情况统计表");
        // 年内在岗, 年末在岗持证, 持证率, 新增取证, 注销, 吊销, 暂扣, 培训学时, 培训达标, 培训达标率, 参考, 合格, 年末在岗,
        // 人均培训学时, 培训未涵盖三类, 应参考, 缺考, 参考率, 合格率.
        assertThat(lines.get(people + 2)).isEqualTo("7,3,75.00%,0,0,0,2,130,1,14.29%,3,2,4,18.6,6,6,2,50.00%,66.67%");
    }

    @Test
    void theAnnualReportStatesTheCorrectedFigures() {
        String report = given().accept("text/markdown").queryParam("orgUnit", town)
                .get("/api/v1/reports/2024/annual-report").then().statusCode(200).extract().asString();
        assertThat(report)
                .contains("2024年，累计实施行政处罚 8 件，累计处罚金额 4000 余元；行政强制 0、行政征收征用 0、联合行政检查 2 次、"
                        + "行政复议或行政诉讼案件的发生率为 0。")
                .contains("全年立案 9 件，结案 0 件；作出行政处罚决定 8 件。")
                .contains("处罚决定确定的罚款 4300.00 元（按决定书确定的金额统计，含此后被撤销或变更的决定）。")
                .contains("按执法权来源，法定执法 1 件、赋权执法 7 件。")
                .contains("| 警告 | 2 |", "| 罚款 | 5 |", "| 吊销许可证件 | 1 |", "| 责令停产停业 | 0 |", "| 合计 | 8 |")
                .contains("全年开展行政检查 6 次（每个有完整记录的检查对象计 1 次），其中涉企行政检查 3 次；与其他执法主体开展联合检查行动 2 次"
                        + "（每次行动计 1 次，不论检查对象多少）。另有 1 次检查后立案查处，计入相应执法行为。")
                .contains("全年在行政执法岗位的人员 7 人，年末在岗 4 人，其中持有有效行政执法证件 3 人，持证率 75.00%。2024年新增考取"
                        + "行政执法证 0 人，依法暂扣 2 件行政执法证件。")
                .contains("全年执法人员参加培训共 130 学时，人均 18.6 学时，1 人达到每人每年不少于 60 学时且涵盖公共法律知识、业务知识和"
                        + "执法技能的要求，培训达标率 14.29%；6 人的培训未涵盖上述三类。年度学法考试应参考 6 人、参考 3 人、缺考 2 人，"
                        + "参考率 50.00%，合格 2 人，合格率 66.67%。");
    }
}
