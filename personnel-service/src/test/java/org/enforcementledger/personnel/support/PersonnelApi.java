package org.enforcementledger.personnel.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

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
                        "joinedOn", "2021-03-01"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> certificate(String number, String issuedOn, String expiresOn) {
        return Map.of("number", number, "issuingAuthority", "重庆市渝北区司法局", "issuedOn", issuedOn,
                "expiresOn", expiresOn, "domains", java.util.List.of("应急管理"));
    }
}
