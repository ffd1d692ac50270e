package org.enforcementledger.personnel.security;

import static org.enforcementledger.personnel.support.Auth.OTHER_TOWN;
import static org.enforcementledger.personnel.support.Auth.TOWN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.Auth;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Org units come from the token: a town sees and changes only its own officers; the district sees every town. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class TownIsolationTest {

    @Test
    void aClerkOfAnotherTownGets404ForTheOfficerAndCannotChangeIt() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        String number = PersonnelApi.issue(PersonnelApi.qualifiedOfficer(PersonnelApi.department("BUSINESS_OFFICE")),
                "2024-01-10", "2029-01-09");

        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").get("/api/v1/officers/{id}", officer).then()
                .statusCode(404).body("detail", equalTo("No officer " + officer + "."));
        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").get("/api/v1/certificates/{n}", number).then()
                .statusCode(404);
        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").contentType(ContentType.JSON)
                .body(Map.of("leftOn", "2024-05-01", "reason", "TRANSFER"))
                .post("/api/v1/officers/{id}/departure", officer).then().statusCode(404);
        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").contentType(ContentType.JSON)
                .body(Map.of("effectiveOn", "2024-05-01", "reason", "越权"))
                .post("/api/v1/certificates/{n}/revocation", number).then().statusCode(404);
        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").get("/api/v1/officers?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(officer.toString())));

        Auth.as("wang.clerk", TOWN, "personnel-clerk").get("/api/v1/officers/{id}", officer).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void theDistrictSupervisorReadsEveryTownOrOne() {
        UUID dawan = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        String longxiDepartment = PersonnelApi.unique("OFFICE");
        Auth.as("li.admin", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", longxiDepartment, "name", "龙溪办公室", "kind", "BUSINESS_OFFICE"))
                .post("/api/v1/departments").then().statusCode(201);
        String longxi = Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").contentType(ContentType.JSON)
                .body(Map.of("name", "李娜", "departmentCode", longxiDepartment, "position", "科员",
                        "enforcementPost", true, "legalProfessionQualified", false, "joinedOn", "2020-01-01"))
                .post("/api/v1/officers").then().statusCode(201).body("orgUnit", equalTo(OTHER_TOWN))
                .extract().path("id");

        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/officers/{id}", dawan).then()
                .statusCode(200).body("orgUnit", equalTo(TOWN));
        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/officers/{id}", longxi).then()
                .statusCode(200).body("orgUnit", equalTo(OTHER_TOWN));
        Auth.as("zhao.supervisor", "500112", "district-supervisor")
                .get("/api/v1/officers?departmentCode={d}&orgUnit={u}", longxiDepartment, OTHER_TOWN).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(longxi));
        Auth.as("zhao.supervisor", "500112", "district-supervisor")
                .get("/api/v1/officers?departmentCode={d}&orgUnit={u}", longxiDepartment, TOWN).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theOrgUnitInTheBodyIsIgnored() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        Auth.given().contentType(ContentType.JSON)
                .body(Map.of("name", "张伟", "departmentCode", department, "position", "科员",
                        "enforcementPost", true, "legalProfessionQualified", false, "joinedOn", "2019-03-01",
                        "orgUnit", OTHER_TOWN))
                .post("/api/v1/officers").then().statusCode(400).body("errors[0].field", equalTo("orgUnit"));
    }
}
