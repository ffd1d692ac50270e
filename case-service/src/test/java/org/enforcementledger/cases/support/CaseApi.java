package org.enforcementledger.cases.support;

import static org.enforcementledger.cases.support.Auth.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Catalogue and case fixtures created through the public API, with unique codes so tests do not collide. */
public final class CaseApi {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CaseApi() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    public static String village() {
        String code = unique("V");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "村 " + code))
                .post("/api/v1/villages").then().statusCode(201);
        return code;
    }

    /** Where the fixtures' matters are published (R8.3). */
    public static final String PUBLISHED_AT = "https://www.ybq.gov.cn/zwgk/qzqd/";

    /** A matter in force from {@code from} to {@code to} (null: open-ended), published on {@code from} (R8.3). */
    public static String matter(String source, String actType, String from, String to) {
        String code = unique("M");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "事项 " + code, "actType", actType,
                "source", source, "legalBasis", "《中华人民共和国安全生产法》第九十七条", "effectiveFrom", from,
                "publishedOn", from, "publishedAt", PUBLISHED_AT));
        if (!source.equals("STATUTORY")) {
            body.put("originalDepartment", "区应急管理局");
        }
        if (to != null) {
            body.put("effectiveTo", to);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/matters").then().statusCode(201);
        return code;
    }

    public static String penaltyMatter() {
        return matter("STATUTORY", "PENALTY", "2020-01-01", null);
    }

    public static ValidatableResponse entrustment(String number, List<String> matterCodes, String validFrom,
            String validUntil, String publishedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("number", number, "entrustingAuthority", "重庆市渝北区应急管理局",
                "matterCodes", matterCodes, "validFrom", validFrom, "validUntil", validUntil));
        if (publishedOn != null) {
            body.put("publishedOn", publishedOn);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/entrustments").then();
    }

    /** A case body; change what a test is about with {@link Map#put}. */
    public static Map<String, Object> newCase(String matter, String village, List<UUID> officers, String filedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("matterCode", matter);
        body.put("villageCode", village);
        body.put("party", Map.of("kind", "PERSON", "name", "刘某", "idNumber", "500112199001011234"));
        body.put("handlingOfficerIds", officers);
        body.put("filedOn", filedOn);
        body.put("violationOn", filedOn);
        body.put("procedure", "GENERAL");
        body.put("summary", "未按规定开展安全生产教育培训");
        return body;
    }

    public static ValidatableResponse file(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then();
    }

    public static UUID fileCase(Map<String, Object> body) {
        return UUID.fromString(file(body).statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse decide(UUID caseId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases/{id}/decision", caseId).then();
    }

    public static Map<String, Object> fine(String amount) {
        return Map.of("kind", "FINE", "amount", new java.math.BigDecimal(amount));
    }

    public static Map<String, Object> decision(String decidedOn, List<Map<String, Object>> penalties) {
        Map<String, Object> body = new HashMap<>();
        body.put("decidedOn", decidedOn);
        body.put("outcome", penalties.isEmpty() ? "NO_PENALTY" : "PENALTY");
        body.put("penalties", penalties);
        return body;
    }
}
