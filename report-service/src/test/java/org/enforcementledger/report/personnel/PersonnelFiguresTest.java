package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

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
 * Personnel figures of 2024 (spec §11.5) for a town of eight officers, fed as personnel-service emits them, against
 * values computed by hand:
 *
 * <pre>
 * officer  in post 2024?            certificate                       valid 31 Dec?  training 2024     annual exam
 * A        yes                      2023-01-01..2028                  yes            30+20+10 = 60     passed
 * B        yes (joined 2024-03-01)  issued 2024-04-01                 yes            40                failed
 * C        yes                      2019..2029, suspended 2024-11-01  no             61.5 (+20 in 2023) -
 * D        yes (left 2024-06-30)    cancelled 2024-06-30              no             -                 -
 * E        no (joined 2025)         -                                 -              -                 -
 * F        yes                      2021.., revoked 2024-02-01        no             -                 -
 * G        yes                      issued 2024-12-31                 yes            -                 -
 * H        yes                      2020..2024-12-31                  yes            -                 -
 * </pre>
 * officers 7, certified at year end 4, issued 2, suspended 1, cancelled 1, revoked 1, training hours 161.5, meeting
 * the 60-hour target 2 of 7, annual exams taken 2, passed 1.
 * <p>
 * A second town's 2024 holds what issue #10 found miscounted (持证率 §11.5, suspensions, R4.3 areas, R4.4 per officer),
 * fed by {@link CountingRuleSituations#personnel} (P-1 is P's certificate, numbered there after P's id):
 *
 * <pre>
 * officer  enforcement post in 2024          certificate at 31 Dec                training 2024         annual exam
 * P        all year                          P-1 valid                            public law 15 + 15,   failed 05-10,
 *                                                                                 business 15 + 15      passed 06-10
 * Q        until moved out on 08-01 (an      Q-1 valid (outside a post: not       20 + 20 + 20 = 60     absent 11-15
 *          update without effectiveOn)       counted)
 * R        until he left on 09-30 (his       R-1 never cancelled, so still valid  -                     passed 03-01
 *          certificate was not cancelled)
 * S        all year                          S-1 suspended by a failed annual     skills 10             failed 11-15
 *                                            review 10-15
 * T        all year                          T-1 suspended 04-01, failed review   -                     absent 11-15
 *                                            05-01 (already suspended),
 *                                            reinstated 06-01: valid
 * U        from 03-01 (moved in)             U-1 valid                            -                     -
 * W        until 31 December, when he moved  W-1 valid (outside a post that day)  -                     -
 *          out (effectiveOn 12-31, published
 *          on 2025-01-05)
 * </pre>
 * T's suspension carries a changeId and is published again under a new event id after the reinstatement; S's failed
 * review carries one too.
 * <p>
 * officers in a post at some time 7 (P-W); in a post on 31 December 4 (P, S, T, U), of them certified 3 (P, T, U):
 * 持证率 3/4; suspensions 2 (T's once, and S's by its failed review; T's failed review suspended nothing new);
 * training 130 hours, 18.6 per officer (130/7); target met (60 hours covering all three areas) 1 (Q) of 7, P's 60
 * hours lack enforcement skills; officers missing an area 6 (P, R, S, T, U, W); annual exam taken by 3 officers (P
 * once though he sat twice, R, S), passed by 2 (P, R), absent 2 (Q, T); expected to sit 6 (in a post on 31 December:
 * P, S, T, U; or sat: R; or absent: Q), 参考率 3/6, 合格率 2/3.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelFiguresTest {

    private final String town = TestEvents.uniqueOrgUnit();
    private final String reformTown = TestEvents.uniqueOrgUnit();
    private final UUID a = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();

    private boolean fed;

    /** Once per class; not in @BeforeAll, where the test HTTP port is not known yet. */
    @BeforeEach
    void feedTheYear() {
        if (fed) {
            return;
        }
        fed = true;
        UUID b = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        UUID f = UUID.randomUUID();
        UUID g = UUID.randomUUID();
        UUID h = UUID.randomUUID();
        String p = EventFeed.PERSONNEL;
        try (EventFeed feed = new EventFeed()) {
            feed.send(p, TestEvents.officerRegistered(town, a, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(p, TestEvents.certificateIssued(town, a, "A-1", "2023-01-01", "2028-12-31"));
            feed.send(p, TestEvents.training(town, a, "PUBLIC_LAW", "15", "2024-02-01"));
            feed.send(p, TestEvents.training(town, a, "PUBLIC_LAW", "15", "2024-02-02"));
            feed.send(p, TestEvents.training(town, a, "BUSINESS", "20", "2024-05-01"));
            feed.send(p, TestEvents.training(town, a, "ENFORCEMENT_SKILLS", "10", "2024-12-31"));
            feed.send(p, TestEvents.exam(town, a, "ANNUAL_LEGAL", "2024-11-15", true));

            feed.send(p, TestEvents.officerRegistered(town, b, "OFFICE", "BUSINESS_OFFICE", "2024-03-01"));
            feed.send(p, TestEvents.exam(town, b, "QUALIFICATION", "2024-03-10", true));
            feed.send(p, TestEvents.certificateIssued(town, b, "B-1", "2024-04-01", "2030-03-31"));
            feed.send(p, TestEvents.training(town, b, "BUSINESS", "24", "2024-06-01"));
            feed.send(p, TestEvents.training(town, b, "PUBLIC_LAW", "16", "2024-07-01"));
            feed.send(p, TestEvents.exam(town, b, "ANNUAL_LEGAL", "2024-11-15", false));

            feed.send(p, TestEvents.officerRegistered(town, c, "OFFICE", "BUSINESS_OFFICE", "2019-01-01"));
            feed.send(p, TestEvents.certificateIssued(town, c, "C-1", "2019-01-01", "2029-12-31"));
            feed.send(p, TestEvents.training(town, c, "PUBLIC_LAW", "20", "2023-12-31"));
            feed.send(p, TestEvents.training(town, c, "PUBLIC_LAW", "24", "2024-01-01"));
            feed.send(p, TestEvents.training(town, c, "BUSINESS", "24", "2024-03-01"));
            feed.send(p, TestEvents.training(town, c, "ENFORCEMENT_SKILLS", "13.5", "2024-09-01"));
            feed.send(p, TestEvents.certificateChanged(town, c, "C-1", "suspended", "2024-11-01"));

            feed.send(p, TestEvents.officerRegistered(town, d, "BRIGADE", "ENFORCEMENT_BRIGADE", "2018-01-01"));
            feed.send(p, TestEvents.certificateIssued(town, d, "D-1", "2018-01-01", "2028-12-31"));
            feed.send(p, TestEvents.certificateChanged(town, d, "D-1", "cancelled", "2024-06-30"));
            feed.send(p, TestEvents.officerDeparted(town, d, "2024-06-30", "D-1"));

            feed.send(p, TestEvents.officerRegistered(town, e, "OFFICE", "BUSINESS_OFFICE", "2025-02-01"));

            feed.send(p, TestEvents.officerRegistered(town, f, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(p, TestEvents.certificateIssued(town, f, "F-1", "2021-01-01", "2027-12-31"));
            feed.send(p, TestEvents.certificateChanged(town, f, "F-1", "revoked", "2024-02-01"));

            feed.send(p, TestEvents.officerRegistered(town, g, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(p, TestEvents.certificateIssued(town, g, "G-1", "2024-12-31", "2029-12-30"));

            feed.send(p, TestEvents.officerRegistered(town, h, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(p, TestEvents.certificateIssued(town, h, "H-1", "2020-01-01", "2024-12-31"));
            CountingRuleSituations.personnel(feed, reformTown, new CountingRuleSituations.Officers(officerP, officerQ,
                    officerR, officerS, officerT, officerU, officerW));
        }
        EventFeed.awaitCaughtUp();
    }

    private final UUID officerP = UUID.randomUUID();
    private final UUID officerQ = UUID.randomUUID();
    private final UUID officerR = UUID.randomUUID();
    private final UUID officerS = UUID.randomUUID();
    private final UUID officerT = UUID.randomUUID();
    private final UUID officerU = UUID.randomUUID();
    private final UUID officerW = UUID.randomUUID();

    @Test
    void summaryPersonnelFiguresMatchTheHandCount() {
        given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("year", equalTo(2024))
                .body("personnel.officers", equalTo(7))
                .body("personnel.certifiedAtYearEnd", equalTo(4))
                .body("personnel.certificatesIssued", equalTo(2))
                .body("personnel.certificatesSuspended", equalTo(1))
                .body("personnel.certificatesCancelled", equalTo(1))
                .body("personnel.certificatesRevoked", equalTo(1))
                .body("personnel.trainingHoursTotal", equalTo(161.5f))
                .body("personnel.officersMeetingTrainingTarget", equalTo(2))
                .body("personnel.trainingTargetRate.value", equalTo(0.2857f))
                .body("personnel.trainingTargetRate.numerator", equalTo(2))
                .body("personnel.trainingTargetRate.denominator", equalTo(7))
                .body("personnel.examsTaken", equalTo(2))
                .body("personnel.examsPassed", equalTo(1));
    }

    @Test
    void theYearBeforeCountsItsOwnMovementsOnly() {
        given().queryParam("orgUnit", town).get("/api/v1/reports/2023/summary").then().statusCode(200)
                .body("personnel.certificatesIssued", equalTo(1))
                .body("personnel.trainingHoursTotal", equalTo(20.0f))
                // A, C, D, F, H held valid certificates on 2023-12-31; B had not joined, G not yet certified.
                .body("personnel.certifiedAtYearEnd", equalTo(5))
                .body("personnel.officers", equalTo(6));
    }

    @Test
    void officerRowsGiveTrainingByCategoryExamsAndCertificateAtYearEnd() {
        var response = given().queryParam("orgUnit", town).get("/api/v1/reports/2024/officers").then()
                .statusCode(200)
                .body("yearEnd", equalTo("2024-12-31"))
                .body("requiredTrainingHours", equalTo(60))
                .body("officers", hasSize(7));
        response.body("officers.find { it.officerId == '" + a + "' }.trainingHours.PUBLIC_LAW", equalTo(30.0f))
                .body("officers.find { it.officerId == '" + a + "' }.trainingHours.ENFORCEMENT_SKILLS", equalTo(10.0f))
                .body("officers.find { it.officerId == '" + a + "' }.trainingHoursTotal", equalTo(60.0f))
                .body("officers.find { it.officerId == '" + a + "' }.trainingTargetMet", equalTo(true))
                .body("officers.find { it.officerId == '" + a + "' }.annualExamPassed", equalTo(true))
                .body("officers.find { it.officerId == '" + a + "' }.certificateStatusAtYearEnd", equalTo("VALID"))
                .body("officers.find { it.officerId == '" + c + "' }.trainingHoursTotal", equalTo(61.5f))
                .body("officers.find { it.officerId == '" + c + "' }.annualExamTaken", equalTo(false))
                .body("officers.find { it.officerId == '" + c + "' }.certificateStatusAtYearEnd",
                        equalTo("SUSPENDED"))
                .body("officers.find { it.officerId == '" + d + "' }.certificateStatusAtYearEnd",
                        equalTo("CANCELLED"))
                .body("officers.findAll { it.certificateStatusAtYearEnd == 'VALID' }.size()", equalTo(4))
                .body("officers.certificateNumber", contains(org.hamcrest.Matchers.notNullValue(),
                        org.hamcrest.Matchers.notNullValue(), org.hamcrest.Matchers.notNullValue(),
                        org.hamcrest.Matchers.notNullValue(), org.hamcrest.Matchers.notNullValue(),
                        org.hamcrest.Matchers.notNullValue(), org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void certificationRateCountsOnlyOfficersInAnEnforcementPostOnTheLastDayOfTheYear() {
        given().queryParam("orgUnit", reformTown).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("personnel.officers", equalTo(7))
                .body("personnel.officersAtYearEnd", equalTo(4))
                .body("personnel.certifiedAtYearEnd", equalTo(3))
                .body("personnel.certificationRate.value", equalTo(0.75f))
                .body("personnel.certificationRate.numerator", equalTo(3))
                .body("personnel.certificationRate.denominator", equalTo(4));
    }

    @Test
    void aCertificateSuspendedByAFailedAnnualReviewCountsAmongTheSuspensionsOnce() {
        given().queryParam("orgUnit", reformTown).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("personnel.certificatesSuspended", equalTo(2))
                .body("personnel.certificatesIssued", equalTo(0))
                .body("personnel.certificatesCancelled", equalTo(0))
                .body("personnel.certificatesRevoked", equalTo(0));
    }

    @Test
    void annualExamsCountOfficersNotSittingsWithTheirParticipationAndPassRates() {
        given().queryParam("orgUnit", reformTown).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("personnel.examsTaken", equalTo(3))
                .body("personnel.examsPassed", equalTo(2))
                .body("personnel.examAbsences", equalTo(2))
                .body("personnel.examsExpected", equalTo(6))
                .body("personnel.examParticipationRate.value", equalTo(0.5f))
                .body("personnel.examParticipationRate.numerator", equalTo(3))
                .body("personnel.examParticipationRate.denominator", equalTo(6))
                .body("personnel.examPassRate.value", equalTo(0.6667f))
                .body("personnel.examPassRate.numerator", equalTo(2))
                .body("personnel.examPassRate.denominator", equalTo(3));
    }

    @Test
    void theTrainingTargetNeedsAllThreeAreasAndTheAverageStandsNextToTheTotal() {
        given().queryParam("orgUnit", reformTown).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("personnel.trainingHoursTotal", equalTo(130.0f))
                .body("personnel.trainingHoursPerOfficer.value", equalTo(18.6f))
                .body("personnel.trainingHoursPerOfficer.total", equalTo(130.0f))
                .body("personnel.trainingHoursPerOfficer.count", equalTo(7))
                .body("personnel.officersMeetingTrainingTarget", equalTo(1))
                .body("personnel.trainingTargetRate.numerator", equalTo(1))
                .body("personnel.trainingTargetRate.denominator", equalTo(7))
                .body("personnel.officersMissingTrainingArea", equalTo(6));
    }

    @Test
    void officerRowsFlagAMissingTrainingAreaThePostAtYearEndAndTheExamPerOfficer() {
        String row = "officers.find { it.officerId == '%s' }.";
        given().queryParam("orgUnit", reformTown).get("/api/v1/reports/2024/officers").then().statusCode(200)
                .body("officers", hasSize(7))
                .body(row.formatted(officerP) + "trainingHoursTotal", equalTo(60.0f))
                .body(row.formatted(officerP) + "trainingAreasMissing", contains("ENFORCEMENT_SKILLS"))
                .body(row.formatted(officerP) + "trainingTargetMet", equalTo(false))
                .body(row.formatted(officerP) + "annualExamTaken", equalTo(true))
                .body(row.formatted(officerP) + "annualExamPassed", equalTo(true))
                .body(row.formatted(officerP) + "inEnforcementPostAtYearEnd", equalTo(true))
                .body(row.formatted(officerQ) + "trainingAreasMissing", hasSize(0))
                .body(row.formatted(officerQ) + "trainingTargetMet", equalTo(true))
                .body(row.formatted(officerQ) + "inEnforcementPostAtYearEnd", equalTo(false))
                .body(row.formatted(officerQ) + "certificateStatusAtYearEnd", equalTo("VALID"))
                .body(row.formatted(officerQ) + "annualExamAbsent", equalTo(true))
                .body(row.formatted(officerR) + "inEnforcementPostAtYearEnd", equalTo(false))
                .body(row.formatted(officerR) + "trainingAreasMissing",
                        contains("PUBLIC_LAW", "BUSINESS", "ENFORCEMENT_SKILLS"))
                .body(row.formatted(officerS) + "certificateStatusAtYearEnd", equalTo("SUSPENDED"))
                .body(row.formatted(officerS) + "annualExamTaken", equalTo(true))
                .body(row.formatted(officerS) + "annualExamPassed", equalTo(false))
                .body(row.formatted(officerT) + "certificateStatusAtYearEnd", equalTo("VALID"))
                .body(row.formatted(officerU) + "inEnforcementPostAtYearEnd", equalTo(true))
                .body(row.formatted(officerU) + "annualExamAbsent", equalTo(false))
                .body(row.formatted(officerW) + "inEnforcementPostAtYearEnd", equalTo(false))
                .body(row.formatted(officerW) + "enforcementPost", equalTo(false));
    }
}
