package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
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
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelFiguresTest {

    private final String town = TestEvents.uniqueOrgUnit();
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
        }
        EventFeed.awaitCaughtUp();
    }

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
}
