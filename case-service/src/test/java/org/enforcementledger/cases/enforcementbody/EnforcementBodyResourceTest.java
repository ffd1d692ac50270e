package org.enforcementledger.cases.enforcementbody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.OTHER_TOWN;
import static org.enforcementledger.cases.support.Auth.TOWN;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The register of enforcement bodies (执法主体): reference data of the town, the town itself one implicit body. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class EnforcementBodyResourceTest {

    @Test
    void theTownIsOneImplicitBodyListedFirstThenTheRegisteredOnesByCode() {
        String bureau = CaseApi.unique("YJJ");
        String fire = CaseApi.unique("XF");
        register(bureau, "重庆市渝北区应急管理局", "DISTRICT_BUREAU").statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/enforcement-bodies/" + bureau))
                .body("code", equalTo(bureau)).body("name", equalTo("重庆市渝北区应急管理局"))
                .body("kind", equalTo("DISTRICT_BUREAU"));
        register(fire, "重庆市渝北区消防救援支队", "FIRE_RESCUE").statusCode(201);

        List<String> codes = given().get("/api/v1/enforcement-bodies").then().statusCode(200)
                .body("[0].code", equalTo(TOWN)).body("[0].kind", equalTo("TOWN_GOVERNMENT"))
                .body("[0].name", equalTo("本级人民政府（街道办事处）"))
                .extract().jsonPath().getList("code", String.class);
        assertThat(codes.subList(1, codes.size())).contains(fire, bureau).doesNotContain(TOWN);
        Auth.as("li.admin", OTHER_TOWN, "admin").get("/api/v1/enforcement-bodies").then().statusCode(200)
                .body("[0].code", equalTo(OTHER_TOWN)).body("code", not(hasItem(bureau)));
    }

    @Test
    void aCodeIsRegisteredOnceAndTheTownsOwnBodyNever() {
        String code = CaseApi.unique("B");
        register(code, "重庆市渝北区市场监督管理局", "DISTRICT_BUREAU").statusCode(201);
        register(code, "另一个", "OTHER").statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Enforcement body " + code + " exists already."));
        register(TOWN, "大湾镇人民政府", "NEIGHBOURING_TOWN").statusCode(409)
                .body("detail", equalTo("Enforcement body " + TOWN + " exists already: it is the town's own body."));
        register(CaseApi.unique("B"), "大湾镇综合行政执法大队", "TOWN_GOVERNMENT").statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("the town's own body is implicit (code " + TOWN
                        + "); register the other bodies"));
        register("有 空格", "某局", "OTHER").statusCode(400).body("errors[0].field", equalTo("code"));
        Auth.as("li.admin", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "龙溪镇的同名主体", "kind", "OTHER"))
                .post("/api/v1/enforcement-bodies").then().statusCode(201);
    }

    private static ValidatableResponse register(String code, String name, String kind) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code, "name", name, "kind", kind))
                .post("/api/v1/enforcement-bodies").then();
    }
}
