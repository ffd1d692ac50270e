package org.enforcementledger.cases.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bulk import of a case ledger: every row by the API's rules in its own transaction, and each row recorded once. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> KEYS = List.of("externalRef", "matterCode", "villageCode", "partyKind", "partyName",
            "partyIdNumber", "handlingOfficerIds", "filedOn", "violationOn", "procedure", "seriousHarm", "summary",
            "decidedOn", "penaltyKinds", "fineAmount", "confiscatedGains", "confiscatedPropertyValue");
    static final List<String> LABELS = List.of("台账编号*", "执法事项编码*", "村（社区）编码*", "当事人类型*", "当事人名称*",
            "证件号码*", "执法人员编号*", "立案日期*", "违法行为发生日期*", "程序*", "造成危害后果", "案情摘要*", "决定日期",
            "处罚种类", "罚款金额（元）", "没收违法所得（元）", "没收非法财物价值（元）");

    @Test
    void anXlsxLedgerRecordsItsGoodRowsOnceAndReportsTheBadOnes() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        String officers = PersonnelFeed.team().stream().map(UUID::toString).collect(Collectors.joining(";"));
        String prefix = CaseApi.unique("TZ");
        List<String> refs = List.of(prefix + "-1", prefix + "-2", prefix + "-3", prefix + "-4", prefix + "-5");
        String unknownVillage = CaseApi.unique("NOWHERE");
        List<List<Object>> rows = List.of(
                // 3: simple procedure, decided on the spot with a 200-yuan fine; dates as date cells
                row(refs.get(0), matter, village, "自然人", "刘某", "500112199001011234", officers,
                        LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6), "简易程序", "否", "未按规定开展安全生产教育培训",
                        LocalDate.of(2024, 5, 6), "罚款", 200, null, null),
                // 4: general procedure, not decided yet
                row(refs.get(1), matter, village, "ORGANIZATION", "重庆某某建材有限公司", "91500112MA5U000000",
                        officers, "2024-06-03", "2024-05-28", "GENERAL", null, "消防通道堵塞", null, null, null, null,
                        null),
                // 5: §5.3 — the filing alone would pass, the decision's 300-yuan fine on the spot does not
                row(refs.get(2), matter, village, "PERSON", "王某", "500112198805052345", officers, "2024-07-01",
                        "2024-07-01", "SIMPLE", null, "占道经营", "2024-07-01", "FINE", "300", null, null),
                // 6: an unknown village
                row(refs.get(3), matter, unknownVillage, "PERSON", "张某", "500112197707073456", officers,
                        "2024-08-01", "2024-07-30", "GENERAL", null, "违规搭建", null, null, null, null, null),
                // 7: general procedure, decided without penalty
                row(refs.get(4), matter, village, "法人或者其他组织", "重庆某某餐饮有限公司", "91500112MA5U111111",
                        officers, "2024-09-02", "2024-09-01", "普通程序", "否", "未公示食品安全信息", "2024-09-20",
                        "不予处罚", null, null, null));
        byte[] workbook = xlsx(rows);

        JsonPath first = upload(workbook, XLSX);
        assertThat(first.getInt("rows")).isEqualTo(5);
        assertThat(first.getInt("created")).isEqualTo(3);
        assertThat(first.getInt("alreadyRecorded")).isZero();
        assertThat(first.getInt("rejected")).isEqualTo(2);
        assertThat(first.getList("results.row", Integer.class)).containsExactly(3, 4, 5, 6, 7);
        assertThat(first.getList("results.externalRef", String.class)).containsExactlyElementsOf(refs);
        assertThat(first.getList("results.status", String.class))
                .containsExactly("CREATED", "CREATED", "REJECTED", "REJECTED", "CREATED");
        assertThat(first.getString("results[2].type")).isEqualTo("urn:enforcement-ledger:problem:rule-violation");
        assertThat(first.getString("results[2].rule")).isEqualTo("§5.3");
        assertThat(first.getString("results[2].message")).isEqualTo("§5.3: a fine on the spot is at most 200 yuan "
                + "for a person; 300.00 yuan needs the general procedure.");
        assertThat(first.getString("results[2].caseId")).isNull();
        assertThat(first.getString("results[3].type")).isEqualTo("urn:enforcement-ledger:problem:unknown-reference");
        assertThat(first.getString("results[3].rule")).isNull();
        assertThat(first.getString("results[3].message")).isEqualTo("No village " + unknownVillage + " in this town.");
        assertThat(first.getString("results[3].errors[0].field")).isEqualTo("villageCode");
        List<String> created = List.of(first.getString("results[0].caseId"), first.getString("results[1].caseId"),
                first.getString("results[4].caseId"));
        assertThat(created).doesNotContainNull().doesNotHaveDuplicates();

        given().get("/api/v1/cases/{id}", created.get(0)).then().statusCode(200)
                .body("externalRef", equalTo(refs.get(0))).body("status", equalTo("DECIDED"))
                .body("procedure", equalTo("SIMPLE")).body("party.kind", equalTo("PERSON"))
                .body("filedOn", equalTo("2024-05-06")).body("decision.outcome", equalTo("PENALTY"))
                .body("decision.fineTotal", equalTo(200.0f)).body("decision.penalties.kind", contains("FINE"));
        given().get("/api/v1/cases/{id}", created.get(1)).then().statusCode(200)
                .body("status", equalTo("FILED")).body("party.kind", equalTo("ORGANIZATION"))
                .body("violationOn", equalTo("2024-05-28"));
        given().get("/api/v1/cases/{id}", created.get(2)).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decision.outcome", equalTo("NO_PENALTY"));
        // The rejected §5.3 row left no case behind, although its filing alone would have passed.
        assertThat(casesWithRefs(refs)).isEqualTo(3);
        assertThat(casesWithRefs(List.of(refs.get(2), refs.get(3)))).isZero();

        long outboxBefore = count("SELECT count(*) FROM casefile.outbox_event");
        JsonPath second = upload(workbook, XLSX);
        assertThat(second.getInt("created")).isZero();
        assertThat(second.getInt("alreadyRecorded")).isEqualTo(3);
        assertThat(second.getInt("rejected")).isEqualTo(2);
        assertThat(second.getList("results.status", String.class))
                .containsExactly("ALREADY_RECORDED", "ALREADY_RECORDED", "REJECTED", "REJECTED", "ALREADY_RECORDED");
        assertThat(List.of(second.getString("results[0].caseId"), second.getString("results[1].caseId"),
                second.getString("results[4].caseId"))).isEqualTo(created);
        assertThat(second.getString("results[2].rule")).isEqualTo("§5.3");
        assertThat(second.getString("results[3].errors[0].field")).isEqualTo("villageCode");
        assertThat(casesWithRefs(refs)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM casefile.outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void aCsvLedgerWithABomIsReadToo() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String good = CaseApi.unique("CSV");
        String alone = CaseApi.unique("CSV");
        String noRef = "";
        String csv = "\uFEFF" + String.join(",", KEYS) + "\r\n"
                + String.join(",", good, matter, village, "PERSON", "刘某", "500112199001011234",
                        team.get(0) + ";" + team.get(1), "2024-03-01", "2024-02-28", "GENERAL", "否",
                        "\"占道经营, 经劝阻拒不改正\"", "2024-03-15", "警告;罚款", "1000", "", "")
                + "\r\n"
                + String.join(",", alone, matter, village, "PERSON", "赵某", "500112199202022345",
                        team.get(0).toString(), "2024-03-01", "2024-03-01", "GENERAL", "", "违规摆摊", "", "", "", "",
                        "")
                + "\r\n"
                + String.join(",", noRef, matter, village, "PERSON", "钱某", "500112199303033456",
                        team.get(0) + ";" + team.get(1), "2024-03-01", "2024-03-01", "GENERAL", "", "违规摆摊", "", "",
                        "", "", "")
                + "\r\n\r\n";
        JsonPath report = upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertThat(report.getList("results.row", Integer.class)).containsExactly(2, 3, 4);
        assertThat(report.getList("results.status", String.class)).containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(report.getString("results[1].rule")).isEqualTo("R4.6");
        assertThat(report.getString("results[1].message")).isEqualTo("R4.6: a penalty case must be carried out by at "
                + "least two officers holding enforcement certificates; 1 distinct officer(s) given.");
        assertThat(report.getString("results[2].errors[0].field")).isEqualTo("externalRef");
        assertThat(report.getString("results[2].errors[0].message"))
                .isEqualTo("is required in an import: it keeps a row from being recorded twice");
        given().get("/api/v1/cases/{id}", report.getString("results[0].caseId")).then().statusCode(200)
                .body("summary", equalTo("占道经营, 经劝阻拒不改正")).body("status", equalTo("DECIDED"))
                .body("decision.penalties.kind", contains("WARNING", "FINE"))
                .body("decision.fineTotal", equalTo(1000.0f));
        assertThat(casesWithRefs(List.of(good, alone))).isEqualTo(1);
    }

    @Test
    void theTemplateOpensWithPoiAndAFilledCopyImports() throws Exception {
        byte[] template = Auth.as("chen.leader", Auth.TOWN, "leader").get("/api/v1/imports/template").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String ref = CaseApi.unique("TPL");
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("案件台账");
            assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).isEqualTo(LABELS);
            assertThat(cells(sheet.getRow(1))).isEqualTo(KEYS);
            assertThat(sheet.getRow(0).getCell(0).getCellComment().getString().getString())
                    .startsWith("externalRef (required): ");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(KEYS.size());
            assertThat(sheet.getLastRowNum()).isEqualTo(1);

            Row row = sheet.createRow(2);
            List<Object> values = row(ref, matter, village, "PERSON", "孙某", "500112199404044567",
                    team.get(0) + "；" + team.get(1), "2024年4月1日", "2024/3/30", "GENERAL", null, "夜间施工噪声扰民",
                    null, null, null, null, null);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    row.createCell(i).setCellValue(values.get(i).toString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        JsonPath report = upload(filled, XLSX);
        assertThat(report.getList("results.status", String.class)).containsExactly("CREATED");
        assertThat(report.getInt("results[0].row")).isEqualTo(3);
        given().get("/api/v1/cases/{id}", report.getString("results[0].caseId")).then().statusCode(200)
                .body("filedOn", equalTo("2024-04-01")).body("violationOn", equalTo("2024-03-30"))
                .body("externalRef", equalTo(ref));
    }

    @Test
    void anUnreadableFileIs400AndAnotherMediaType415() {
        given().contentType(XLSX).body("not a workbook".getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", equalTo("The body is not a readable .xlsx workbook."));
        given().contentType("text/csv; charset=UTF-8").body("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].message", equalTo("No header row naming the ledger's columns was found in the first "
                        + "5 rows; start from GET /api/v1/imports/template."));
        given().contentType("text/csv; charset=UTF-8").body("externalRef,matterCode,villageCode\nX,M,V\n"
                .getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("(header)"));
        given().contentType("text/csv; charset=UTF-8").body(new byte[] { 'a', (byte) 0xC3, (byte) 0x28 }).post("/api/v1/imports")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("The CSV file is not UTF-8 text; save it as \"CSV UTF-8\"."));
        given().contentType("application/json").body("{}").post("/api/v1/imports").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType("text/csv; charset=GBK").body(new byte[] { 'a' }).post("/api/v1/imports").then()
                .statusCode(415).body("detail", equalTo("A CSV ledger is read as UTF-8, not GBK."));
        Auth.as("chen.leader", Auth.TOWN, "leader").contentType(XLSX).body(new byte[] { 1 }).post("/api/v1/imports")
                .then().statusCode(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheImportAndTheExternalRef() {
        JsonPath doc = io.restassured.RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths.'/api/v1/imports'.post.requestBody.content").keySet())
                .containsExactlyInAnyOrder(XLSX, "text/csv");
        assertThat(doc.getMap("paths.'/api/v1/imports/template'.get.responses.'200'.content").keySet())
                .containsExactly(XLSX);
        assertThat(doc.getString("paths.'/api/v1/imports'.post.description")).contains("externalRef 台账编号 (required)");
        // OpenAPI 3.1: examples are a list.
        assertThat(doc.getList("components.schemas.NewCase.properties.externalRef.examples"))
                .containsExactly("DW-2024-0137");
        assertThat(doc.getInt("components.schemas.NewCase.properties.externalRef.maxLength")).isEqualTo(100);
        assertThat(doc.getList("components.schemas.Case.properties.externalRef.examples"))
                .containsExactly("DW-2024-0137");
        assertThat(doc.getList("components.schemas.NewInspection.properties.externalRef.examples"))
                .containsExactly("DW-JC-2024-0042");
    }

    private static JsonPath upload(byte[] body, String contentType) {
        return given().contentType(contentType).body(body).post("/api/v1/imports").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            cells.add(cell.getStringCellValue());
        }
        return cells;
    }

    /** A ledger like a town keeps it: Chinese headers, then the keys, then the rows. */
    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("2024年案件台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row labels = sheet.createRow(0);
            Row keys = sheet.createRow(1);
            for (int i = 0; i < KEYS.size(); i++) {
                labels.createCell(i).setCellValue(LABELS.get(i));
                keys.createCell(i).setCellValue(KEYS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof LocalDate day) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static long casesWithRefs(List<String> refs) throws SQLException {
        return count("SELECT count(*) FROM casefile.case_file WHERE org_unit = '" + Auth.TOWN + "' AND external_ref IN ("
                + refs.stream().map(r -> "'" + r.replace("'", "''") + "'").collect(Collectors.joining(",")) + ")");
    }

    private static long count(String sql) throws SQLException {
        var infrastructure = LocalStackTestResource.infrastructure();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password()); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
