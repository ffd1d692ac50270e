package org.enforcementledger.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.TOWN;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/v1/cases/changes: read in pages while cases are filed, every filing comes exactly once. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseChangesTest {

    private static final String FILED = "enforcementledger.case.case.filed.v1";

    @Test
    void pagesReadDuringFilingsYieldEveryFilingOnce() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String cursor = readToEnd();

        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<UUID>> filed = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            filed.add(writers.submit(() -> CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2024-07-01"))));
        }
        List<String> seen = new ArrayList<>();
        while (!filed.stream().allMatch(Future::isDone)) {
            cursor = page(cursor, 5, seen);
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> expected = new ArrayList<>();
        for (Future<UUID> f : filed) {
            expected.add(f.get().toString());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.size() < expected.size() && System.nanoTime() < deadline) {
            cursor = page(cursor, 5, seen);
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<String> after = new ArrayList<>();
        assertThat(page(cursor, 5, after)).isEqualTo(cursor);
        assertThat(after).isEmpty();
    }

    @Test
    void aMalformedCursorIsA400NamingIt() {
        Auth.as("platform", null, "district-supervisor").get("/api/v1/cases/changes?after=yesterday").then()
                .statusCode(400).body("errors[0].field", equalTo("after"));
    }

    private static String readToEnd() {
        List<String> ignored = new ArrayList<>();
        String next = "";
        String previous;
        do {
            previous = next;
            next = page(previous, 1000, ignored);
        } while (!next.equals(previous));
        return next;
    }

    private static String page(String cursor, int limit, List<String> seen) {
        JsonPath page = Auth.as("platform", null, "district-supervisor")
                .get("/api/v1/cases/changes?orgUnit={u}&after={c}&limit={l}", TOWN, cursor, limit).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> changes = page.getList("changes");
        for (Map<String, Object> change : changes) {
            if (FILED.equals(change.get("change"))) {
                seen.add((String) change.get("entityId"));
            }
        }
        return page.getString("next");
    }
}
