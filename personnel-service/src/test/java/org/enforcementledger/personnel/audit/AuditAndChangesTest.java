package org.enforcementledger.personnel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.personnel.support.Auth.OTHER_TOWN;
import static org.enforcementledger.personnel.support.Auth.TOWN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.Auth;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditAndChangesTest {

    @Test
    void theAuditTrailNamesWhoChangedAnOfficerAndWhen() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String id = Auth.as("wang.clerk", TOWN, "personnel-clerk").contentType(ContentType.JSON)
                .body(Map.of("name", "陈静", "departmentCode", department, "position", "科员",
                        "enforcementPost", true, "legalProfessionQualified", false, "joinedOn", "2019-03-01"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        Auth.as("liu.clerk", TOWN, "personnel-clerk").contentType(ContentType.JSON)
                .body(Map.of("kind", "QUALIFICATION", "takenOn", "2019-06-01", "score", 88, "passed", true))
                .post("/api/v1/officers/{id}/exams", id).then().statusCode(201);

        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/audit?entity={id}", id).then()
                .statusCode(200)
                .body("actor", contains("wang.clerk", "liu.clerk"))
                .body("change", contains("enforcementledger.personnel.officer.registered.v1",
                        "enforcementledger.personnel.exam.recorded.v1"))
                .body("orgUnit", contains(TOWN, TOWN))
                .body("[1].data.score", equalTo(88));
        Auth.as("li.admin", OTHER_TOWN, "admin").get("/api/v1/audit?entity={id}", id).then().statusCode(200)
                .body("$", empty());
        Auth.as("wang.clerk", TOWN, "personnel-clerk").get("/api/v1/audit?entity={id}", id).then().statusCode(403);
    }

    /** Pages read while two writers register officers yield each registration exactly once, in a stable order. */
    @Test
    void theChangeFeedReadInPagesDuringWritesYieldsEveryChangeOnce() throws Exception {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String cursor = readToEnd("");

        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<String>> registered = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean enforcementPost = i % 2 == 0;
            registered.add(writers.submit(() -> PersonnelApi.officer(department, enforcementPost).toString()));
        }
        List<String> seen = new ArrayList<>();
        while (!registered.stream().allMatch(Future::isDone)) {
            cursor = page(cursor, 7, seen);
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> expected = new ArrayList<>();
        for (Future<String> f : registered) {
            expected.add(f.get());
        }
        while (seen.size() < expected.size() && System.nanoTime() < deadline) {
            cursor = page(cursor, 7, seen);
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<String> again = new ArrayList<>();
        page(cursor, 7, again);
        assertThat(again).isEmpty();
    }

    private static String readToEnd(String cursor) {
        List<String> ignored = new ArrayList<>();
        String next = cursor;
        String previous;
        do {
            previous = next;
            next = page(previous, 1000, ignored);
        } while (!next.equals(previous));
        return next;
    }

    /** Reads one page; adds the officers registered in it to {@code seen}; returns the next cursor. */
    private static String page(String cursor, int limit, List<String> seen) {
        JsonPath page = Auth.as("platform", null, "district-supervisor")
                .get("/api/v1/officers/changes?orgUnit={u}&after={c}&limit={l}", TOWN, cursor, limit).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> changes = page.getList("changes");
        for (Map<String, Object> change : changes) {
            if ("enforcementledger.personnel.officer.registered.v1".equals(change.get("change"))) {
                seen.add((String) change.get("entityId"));
            }
        }
        return page.getString("next");
    }
}
