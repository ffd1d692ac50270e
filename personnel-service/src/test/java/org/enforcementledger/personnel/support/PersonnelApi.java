package org.enforcementledger.personnel.support;

import static org.enforcementledger.personnel.support.Auth.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Test fixtures created through the public API, with unique codes so tests do not collide. */
public final class PersonnelApi {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PersonnelApi() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    public static String department(String kind) {
        String code = unique(kind.startsWith("BUSINESS") ? "OFFICE" : "BRIGADE");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "部门 " + code, "kind", kind))
                .post("/api/v1/departments").then().statusCode(201);
        return code;
    }

    public static UUID officer(String departmentCode, boolean enforcementPost) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "张伟", "departmentCode", departmentCode, "position", "科员",
                        "enforcementPost", enforcementPost, "legalProfessionQualified", false,
                        "joinedOn", "2019-03-01"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** An officer in an enforcement post who passed the qualification exam on 2019-06-01: a certificate may follow. */
    public static UUID qualifiedOfficer(String departmentCode) {
        UUID officer = officer(departmentCode, true);
        exam(officer, "QUALIFICATION", "2019-06-01", true).statusCode(201);
        return officer;
    }

    public static ValidatableResponse exam(UUID officer, String kind, String takenOn, boolean passed) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "takenOn", takenOn, "score", passed ? 85 : 40, "passed", passed))
                .post("/api/v1/officers/{id}/exams", officer).then();
    }

    public static Map<String, Object> certificate(String number, String issuedOn, String expiresOn) {
        return Map.of("number", number, "issuingAuthority", "重庆市渝北区司法局", "issuedOn", issuedOn,
                "expiresOn", expiresOn, "domains", List.of("应急管理"));
    }

    /**
     * An officer after a renewal, holding two certificates: {@code expired} (2019-07-01 to 2022-12-31, still
     * {@code VALID}: expiry is not a status) and {@code current} (2023-01-02 to 2028-12-31).
     */
    public record Renewed(UUID officer, String expired, String current) {
    }

    public static Renewed renewedOfficer(String departmentCode) {
        UUID officer = qualifiedOfficer(departmentCode);
        String expired = issue(officer, "2019-07-01", "2022-12-31");
        String current = issue(officer, "2023-01-02", "2028-12-31");
        return new Renewed(officer, expired, current);
    }

    public static String issue(UUID officer, String issuedOn, String expiresOn) {
        String number = unique("CERT");
        given().contentType(ContentType.JSON).body(certificate(number, issuedOn, expiresOn))
                .post("/api/v1/officers/{id}/certificates", officer).then().statusCode(201);
        return number;
    }

    /** POST /certificates/{number}/{action} with {effectiveOn, reason}. */
    public static ValidatableResponse change(String number, String action, String effectiveOn) {
        return given().contentType(ContentType.JSON).body(Map.of("effectiveOn", effectiveOn, "reason", "测试原因"))
                .post("/api/v1/certificates/{number}/" + action, number).then();
    }

    public static ValidatableResponse training(UUID officer, String category, Object hours, String completedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("course", "《行政处罚法》专题培训", "category", category, "hours", hours,
                        "completedOn", completedOn, "provider", "渝北区司法局"))
                .post("/api/v1/officers/{id}/trainings", officer).then();
    }
}
