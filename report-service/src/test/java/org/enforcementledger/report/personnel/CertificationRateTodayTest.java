package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 持证率 of the running year (§11.5) is read on today, not on 31 December: with the clock at 15 June 2024 (10:00 in
 * Asia/Shanghai, {@code ledger.time-zone}), the year's last day so far is 2024-06-15. Three officers of one town, each
 * in an enforcement post since 2020:
 *
 * <pre>
 * officer  left         certificate                                 on 2024-06-15              on 2024-12-31
 * K        2024-09-30   2020..2030, cancelled 2024-09-30 (departure) in post, certified        left
 * L        2024-03-31   2020..2030, cancelled 2024-03-31 (departure) left                      left
 * N        -            issued 2024-07-01                           in post, not yet certified in post, certified
 * </pre>
 * Today: in a post at some time of the year 3 (K, L, N); in a post today 2 (K, N: K leaves after today but this year,
 * L left before today); certified today 1 (K) — 持证率 1/2. Once the year is over (the real clock is past 2024): in a
 * post on 31 December 1 (N), certified 1 (N) — 持证率 1/1.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificationRateTodayTest {

    private static final Clock MID_JUNE_2024 = Clock.fixed(Instant.parse("2024-06-15T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    private final String town = TestEvents.uniqueOrgUnit();
    private final UUID k = UUID.randomUUID();
    private final UUID l = UUID.randomUUID();
    private final UUID n = UUID.randomUUID();

    private boolean fed;

    /** Once per class; not in @BeforeAll, where the test HTTP port is not known yet. */
    @BeforeEach
    void feedTheYear() {
        if (fed) {
            return;
        }
        fed = true;
        String p = EventFeed.PERSONNEL;
        try (EventFeed feed = new EventFeed()) {
            feed.send(p, TestEvents.officerRegistered(town, k, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"))
                    .send(p, TestEvents.certificateIssued(town, k, "K-" + k, "2020-01-01", "2030-12-31"))
                    .send(p, TestEvents.certificateChanged(town, k, "K-" + k, "cancelled", "2024-09-30"))
                    .send(p, TestEvents.officerDeparted(town, k, "2024-09-30", "K-" + k));
            feed.send(p, TestEvents.officerRegistered(town, l, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"))
                    .send(p, TestEvents.certificateIssued(town, l, "L-" + l, "2020-01-01", "2030-12-31"))
                    .send(p, TestEvents.certificateChanged(town, l, "L-" + l, "cancelled", "2024-03-31"))
                    .send(p, TestEvents.officerDeparted(town, l, "2024-03-31", "L-" + l));
            feed.send(p, TestEvents.officerRegistered(town, n, "OFFICE", "BUSINESS_OFFICE", "2020-01-01"))
                    .send(p, TestEvents.certificateIssued(town, n, "N-" + n, "2024-07-01", "2030-06-30"));
        }
        EventFeed.awaitCaughtUp();
    }

    @Test
    void whileTheYearRunsTheCertificationRateIsReadOnToday() {
        QuarkusMock.installMockForType(MID_JUNE_2024, Clock.class);
        given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("personnel.officers", equalTo(3))
                .body("personnel.officersAtYearEnd", equalTo(2))
                .body("personnel.certifiedAtYearEnd", equalTo(1))
                .body("personnel.certificationRate.value", equalTo(0.5f))
                .body("personnel.certificationRate.numerator", equalTo(1))
                .body("personnel.certificationRate.denominator", equalTo(2));
        String row = "officers.find { it.officerId == '%s' }.";
        given().queryParam("orgUnit", town).get("/api/v1/reports/2024/officers").then().statusCode(200)
                .body("yearEnd", equalTo("2024-06-15"))
                .body(row.formatted(k) + "inEnforcementPostAtYearEnd", equalTo(true))
                .body(row.formatted(k) + "certificateStatusAtYearEnd", equalTo("VALID"))
                .body(row.formatted(l) + "inEnforcementPostAtYearEnd", equalTo(false))
                .body(row.formatted(l) + "certificateStatusAtYearEnd", equalTo("CANCELLED"))
                .body(row.formatted(n) + "inEnforcementPostAtYearEnd", equalTo(true))
                .body(row.formatted(n) + "certificateStatusAtYearEnd", equalTo("NOT_YET_ISSUED"));
    }

    @Test
    void onceTheYearIsOverTheCertificationRateIsReadOn31December() {
        given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("personnel.officers", equalTo(3))
                .body("personnel.officersAtYearEnd", equalTo(1))
                .body("personnel.certifiedAtYearEnd", equalTo(1))
                .body("personnel.certificationRate.value", equalTo(1.0f))
                .body("personnel.certificationRate.numerator", equalTo(1))
                .body("personnel.certificationRate.denominator", equalTo(1));
    }
}
