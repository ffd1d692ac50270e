package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.support.Auth.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.report.support.TestEvents.penalty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.CountingRuleSituations;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.enforcementledger.report.support.TestEvents.CaseFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Case figures of 2024 (spec §10.3, §11.2) for one town, fed as case-service emits them, against values computed by
 * hand. Matters: M-CITY (DEVOLVED), M-SAFE (STATUTORY), M-FIRE (ENTRUSTED); villages V-EAST, V-WEST; departments
 * BRIGADE, OFFICE, SAFETY.
 *
 * <pre>
 * case  matter village departments     filed       decided     penalties (heaviest first)           counts 2024 as    closed
 * c1    CITY   EAST    BRIGADE,OFFICE  2024-01-10  2024-02-20  CONF_GAINS 150.50, FINE 200, WARNING CONF_GAINS        2024-03-05
 *                                                              (decision event delivered twice)
 * c2    SAFE   WEST    SAFETY          2024-02-01  2024-03-15  ORDER_SUSPENSION + FINE 1000, then   FINE 600          -
 *                                                              amended 2024-05-10 to FINE 600
 *                                                              (amendment delivered twice)
 * c3    FIRE   EAST    BRIGADE         2024-03-01  2024-04-10  NO_PENALTY                           no-penalty        2024-04-20
 * c4    CITY   WEST    BRIGADE,OFFICE  2024-03-20  2024-05-06  FINE 3000                            FINE              -
 * c5    SAFE   EAST    SAFETY          2024-04-02  2024-06-18  WARNING                              WARNING           -
 * c6    CITY   EAST    OFFICE          2023-10-01  2023-11-20  FINE 500                             (2023)            2023-12-28
 * c7    CITY   WEST    OFFICE          2024-12-30  2025-01-05  FINE 100                             (2025)            -
 *
 * review  case  kind            filed       concluded   outcome  corrected
 * r1      c4    RECONSIDERATION 2024-06-01  2024-08-01  REVOKED  yes        c4's decision stays counted
 * r2      c5    RECONSIDERATION 2024-07-01  2024-08-20  UPHELD   no         filing also re-published as a new event
 * r3      c5    LITIGATION      2024-09-01  2025-02-01  DISMISSED -         c5 challenged twice, counts once
 * r4      c6    RECONSIDERATION 2024-01-15  2024-03-01  MODIFIED yes        challenges a 2023 decision
 *
 * inspection  day         matter village departments     joint flag enterprise
 * i1          2024-01-15  SAFE   EAST    BRIGADE,SAFETY  yes        yes
 * i2          2024-03-03  CITY   WEST    OFFICE          no         no
 * i3          2024-03-25  FIRE   EAST    BRIGADE         no         yes     (delivered twice)
 * i0          2023-12-31  SAFE   EAST    BRIGADE,SAFETY  yes        no
 * (published as before issue #10: a joint flag from two of the town's departments, which no longer makes an
 * inspection joint — the town's offices and brigade are one enforcement body)
 * coercive measures: c2 2024-03-01, c5 2024-07-07, c6 2023-12-30
 * expropriations: 2024-06-06 (征收), 2024-09-09 (征用), 2023-12-01
 * </pre>
 *
 * 2024: penalty decisions 4 (c1, c2, c4, c5), not penalised 1; fines 200 + 600 + 3000 = 3800.00, confiscations 150.50;
 * by kind WARNING 1, FINE 2, CONFISCATE_ILLEGAL_GAINS 1 (ORDER_SUSPENSION 0: amended away); by source STATUTORY 2,
 * DEVOLVED 2, ENTRUSTED 0 (c3 is not a penalty decision); cases filed 6 (c1-c5, c7), closed 2 (c1, c3); coercive
 * measures 2; expropriations 2; inspections 3, joint 0, enterprise-related 2; reconsiderations filed 3 (r1, r2, r4),
 * litigations 1 (r3); challenged 2024 decisions 2 (c4, c5) of 4 = 0.5000; reviews concluded 3 (r1, r2, r4), corrected
 * 2 (r1, r4) = 0.6667.
 * <p>
 * 2023: penalty decision 1 (c6, FINE 500.00), challenged in 2024 by r4: 1 of 1; filed 1, closed 1, inspections 1
 * (not joint), coercive measures 1, expropriations 1, no review filed or concluded.
 * <p>
 * The breakdowns split the same 2024 penalty decisions, cases filed and inspections by the columns above — a decision
 * by its decided day, a case by its filed day, an inspection by its day — and by department under every department
 * each lists (c1 and c4 count under both BRIGADE and OFFICE, i1 under both BRIGADE and SAFETY).
 * <p>
 * A third town's inspections are counted as R8.7 and R8.8 say (issue #10; fed by
 * {@link CountingRuleSituations#inspections}). Its own body is its org-unit code (T);
 * other bodies: DISTRICT-EMERGENCY (区应急管理局), FIRE-RESCUE (区消防救援支队).
 *
 * <pre>
 * what                                         day         village  departments     enterprise  counts in 2024 as
 * op1 joint: DISTRICT-EMERGENCY leads, T joins 2024-05-10  V-EAST   BRIGADE,SAFETY  yes         1 joint inspection
 *   o1 object, complete record                                      (the operation's)           1 inspection
 *   o2 object, complete record                                      (the operation's)           1 inspection
 *   o3 object, record without findings                              (the operation's)           -
 *   (the objects arrive before the operation's event)
 * op2 joint: T leads, FIRE-RESCUE joins        2024-07-01  V-WEST   BRIGADE         no          1 joint inspection
 *   o4 object, complete record                                      (the operation's)           1 inspection
 * s1 "1+1" routine inspection                  2024-03-03  V-EAST   BRIGADE,OFFICE  yes         1 inspection, not joint
 * s2 the same, published before #10 (joint)    2024-03-04  V-WEST   BRIGADE,SAFETY  no          1 inspection, not joint
 * s3 record without findings                   2024-04-01  V-EAST   OFFICE          no          -
 * p1 patrol, no object                         2024-04-02  V-EAST   BRIGADE                     -
 * f1 inspection; case e1 names it, filed       2024-06-01  V-EAST   SAFETY          yes         counted under e1, not
 *    2024-06-05 (arrives first), decided                                                        as an inspection
 *    2024-06-20 FINE 500
 * f2 inspection; case e2 names it, filed       2024-12-20  V-WEST   OFFICE          no          1 inspection (its case
 *    2025-01-10                                                                                  counts in 2025)
 * f0 inspection; case e0 names it, filed       2023-12-28  V-EAST   OFFICE          no          (2023: 1 inspection)
 *    2024-01-05
 * </pre>
 * 2024: inspections 6 (o1, o2, o4, s1, s2, f2), joint 2 (op1, op2), enterprise-related 3 (o1, o2, s1), followed by an
 * act 1 (f1); cases filed 2 (e0, e1), penalty decisions 1. 2023: inspections 1 (f0). 2025: cases filed 1, inspections
 * 0. Each object carries its operation's departments and enterprise flag, as case-service publishes it. By month,
 * village and department a joint inspection counts under its own day and village, and under each department of its
 * objects; by department an object counts under each of them: BRIGADE inspections 5 (o1, o2, o4, s1, s2), joint 2
 * (op1, op2); OFFICE 2 (s1, f2), joint 0; SAFETY 3 (o1, o2, s2), joint 1 (op1).
 * <p>
 * A second town's decisions are amended every way §11.2 rule 1 must survive (issue #10; fed by
 * {@link CountingRuleSituations#amendments}): a penalty decision made in 2024 stays counted once in 2024; an amendment
 * made in 2024 to another penalty replaces its kind and amounts; an amendment to no penalty, like a revocation, leaves
 * it counted as it was; an amendment made in 2025 changes nothing in 2024. All matters DEVOLVED, village V-EAST,
 * department BRIGADE.
 *
 * <pre>
 * case  filed       decided     as decided                       amended     to                 counts in 2024 as
 * d1    2024-02-20  2024-03-01  FINE 1000                        2024-06-01  FINE 600           FINE 600
 *                               (decision delivered again after the amendment, under a new event id)
 * d2    2024-11-01  2024-11-20  FINE 2000                        2025-02-10  FINE 1500          FINE 2000
 * d3    2024-03-20  2024-04-01  ORDER_SUSPENSION + FINE 5000     2024-07-01  WARNING            WARNING, 0
 * d4    2024-12-01  2024-12-10  REVOKE_PERMIT                    2025-01-15  FINE 300           REVOKE_PERMIT, 0
 * d5    2024-04-20  2024-05-01  FINE 800                         2024-09-01  no penalty         FINE 800
 * d6    2024-09-20  2024-10-01  FINE 400                         2025-03-01  no penalty         FINE 400
 * d7    2024-01-20  2024-02-01  no penalty                       2024-08-01  WARNING            WARNING
 * </pre>
 * 2024: penalty decisions 7, not penalised 0; FINE 4 (d1, d2, d5, d6), WARNING 2 (d3, d7), REVOKE_PERMIT 1 (d4);
 * fines 600 + 2000 + 800 + 400 = 3800.00. 2025: no decision.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFiguresTest {

    private final String town = TestEvents.uniqueOrgUnit();
    private final String amendingTown = TestEvents.uniqueOrgUnit();
    private final String inspectingTown = TestEvents.uniqueOrgUnit();

    private boolean fed;

    /** Once per class; not in @BeforeAll, where the test HTTP port is not known yet. */
    @BeforeEach
    void feedTheYear() {
        if (fed) {
            return;
        }
        fed = true;
        String topic = EventFeed.CASES;
        try (EventFeed feed = new EventFeed()) {
            CaseFile c1 = TestEvents.caseFile(town, "2024-01-10", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE", "OFFICE");
            ObjectNode c1Decided = c1.decided("2024-02-20", penalty("WARNING"), penalty("FINE", "200.00"),
                    penalty("CONFISCATE_ILLEGAL_GAINS", "150.50"));
            feed.send(topic, c1.filed()).send(topic, c1Decided).send(topic, c1Decided)
                    .send(topic, c1.closed("2024-03-05"));

            CaseFile c2 = TestEvents.caseFile(town, "2024-02-01", "M-SAFE", "STATUTORY", "V-WEST", "SAFETY");
            ObjectNode c2Amended = c2.amended("2024-03-15", "2024-05-10", penalty("FINE", "600.00"));
            feed.send(topic, c2.filed()).send(topic, c2.coerciveMeasure("SEAL", "2024-03-01"))
                    .send(topic, c2.decided("2024-03-15", penalty("FINE", "1000.00"), penalty("ORDER_SUSPENSION")))
                    .send(topic, c2Amended).send(topic, c2Amended);

            CaseFile c3 = TestEvents.caseFile(town, "2024-03-01", "M-FIRE", "ENTRUSTED", "V-EAST", "BRIGADE");
            feed.send(topic, c3.filed()).send(topic, c3.decidedNotToPenalise("2024-04-10"))
                    .send(topic, c3.closed("2024-04-20"));

            CaseFile c4 = TestEvents.caseFile(town, "2024-03-20", "M-CITY", "DEVOLVED", "V-WEST", "BRIGADE", "OFFICE");
            UUID r1 = UUID.randomUUID();
            feed.send(topic, c4.filed()).send(topic, c4.decided("2024-05-06", penalty("FINE", "3000.00")))
                    .send(topic, c4.reviewFiled(r1, "RECONSIDERATION", "2024-06-01"))
                    .send(topic, c4.reviewConcluded(r1, "RECONSIDERATION", "REVOKED", "2024-08-01", true));

            CaseFile c5 = TestEvents.caseFile(town, "2024-04-02", "M-SAFE", "STATUTORY", "V-EAST", "SAFETY");
            UUID r2 = UUID.randomUUID();
            UUID r3 = UUID.randomUUID();
            ObjectNode c5Decided = c5.decided("2024-06-18", penalty("WARNING"));
            ObjectNode r2Filed = c5.reviewFiled(r2, "RECONSIDERATION", "2024-07-01");
            feed.send(topic, c5.filed()).send(topic, c5Decided).send(topic, r2Filed)
                    .send(topic, c5.coerciveMeasure("SEIZE", "2024-07-07"))
                    .send(topic, TestEvents.republished(r2Filed))
                    .send(topic, c5.reviewConcluded(r2, "RECONSIDERATION", "UPHELD", "2024-08-20", false))
                    .send(topic, c5.reviewFiled(r3, "LITIGATION", "2024-09-01"))
                    .send(topic, c5.reviewConcluded(r3, "LITIGATION", "DISMISSED", "2025-02-01", false));

            CaseFile c6 = TestEvents.caseFile(town, "2023-10-01", "M-CITY", "DEVOLVED", "V-EAST", "OFFICE");
            UUID r4 = UUID.randomUUID();
            feed.send(topic, c6.filed()).send(topic, c6.decided("2023-11-20", penalty("FINE", "500.00")))
                    .send(topic, c6.coerciveMeasure("SEAL", "2023-12-30")).send(topic, c6.closed("2023-12-28"))
                    .send(topic, c6.reviewFiled(r4, "RECONSIDERATION", "2024-01-15"))
                    .send(topic, c6.reviewConcluded(r4, "RECONSIDERATION", "MODIFIED", "2024-03-01", true));

            CaseFile c7 = TestEvents.caseFile(town, "2024-12-30", "M-CITY", "DEVOLVED", "V-WEST", "OFFICE");
            feed.send(topic, c7.filed()).send(topic, c7.decided("2025-01-05", penalty("FINE", "100.00")));

            ObjectNode i3 = TestEvents.inspection(town, "2024-03-25", "M-FIRE", "ENTRUSTED", "V-EAST", false, true,
                    "BRIGADE");
            feed.send(topic, TestEvents.inspection(town, "2024-01-15", "M-SAFE", "STATUTORY", "V-EAST", true, true,
                    "BRIGADE", "SAFETY"))
                    .send(topic, TestEvents.inspection(town, "2024-03-03", "M-CITY", "DEVOLVED", "V-WEST", false,
                            false, "OFFICE"))
                    .send(topic, i3).send(topic, i3)
                    .send(topic, TestEvents.inspection(town, "2023-12-31", "M-SAFE", "STATUTORY", "V-EAST", true,
                            false, "BRIGADE", "SAFETY"));

            feed.send(topic, TestEvents.expropriation(town, "EXPROPRIATION", "2024-06-06"))
                    .send(topic, TestEvents.expropriation(town, "REQUISITION", "2024-09-09"))
                    .send(topic, TestEvents.expropriation(town, "EXPROPRIATION", "2023-12-01"));
            CountingRuleSituations.amendments(feed, amendingTown);
            CountingRuleSituations.inspections(feed, inspectingTown);
        }
        EventFeed.awaitCaughtUp();
    }

    @Test
    void summaryCountsEachPenaltyDecisionOnceUnderItsHeaviestKindAsLastAmendedAndTheRestByTheirOwnDay() {
        reports().get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("year", equalTo(2024))
                .body("orgUnit", equalTo(town))
                .body("asOf", notNullValue())
                .body("penalties.decisions", equalTo(4))
                .body("penalties.noPenaltyDecisions", equalTo(1))
                .body("penalties.fineTotal", equalTo(new BigDecimal("3800.00")))
                .body("penalties.confiscationTotal", equalTo(new BigDecimal("150.50")))
                .body("penalties.byKind", equalTo(byKind(Map.of("WARNING", 1, "FINE", 2,
                        "CONFISCATE_ILLEGAL_GAINS", 1))))
                .body("penalties.bySource", equalTo(Map.of("STATUTORY", 2, "DEVOLVED", 2, "ENTRUSTED", 0)))
                .body("cases.filed", equalTo(6))
                .body("cases.closed", equalTo(2))
                .body("coercion.measures", equalTo(2))
                .body("expropriations", equalTo(2))
                .body("inspections.total", equalTo(3))
                .body("inspections.joint", equalTo(0))
                .body("inspections.enterpriseRelated", equalTo(2))
                .body("reviews.reconsiderations", equalTo(3))
                .body("reviews.litigations", equalTo(1))
                .body("reviews.challengedDecisions", equalTo(2))
                .body("reviews.challengeRate", equalTo(rate("0.5000", 2, 4)))
                .body("reviews.corrected", equalTo(2))
                .body("reviews.errorRate", equalTo(rate("0.6667", 2, 3)))
                .body("personnel.officers", equalTo(0))
                .body("personnel.certifiedAtYearEnd", equalTo(0))
                .body("personnel.certificatesIssued", equalTo(0))
                .body("personnel.certificatesSuspended", equalTo(0))
                .body("personnel.certificatesCancelled", equalTo(0))
                .body("personnel.certificatesRevoked", equalTo(0))
                .body("personnel.trainingHoursTotal", equalTo(new BigDecimal("0.0")))
                .body("personnel.officersMeetingTrainingTarget", equalTo(0))
                .body("personnel.trainingTargetRate", equalTo(rate("0.0000", 0, 0)))
                .body("personnel.examsTaken", equalTo(0))
                .body("personnel.examsPassed", equalTo(0));
    }

    @Test
    void theYearBeforeCountsItsOwnEventsAndItsDecisionChallengedTheYearAfter() {
        reports().get("/api/v1/reports/2023/summary").then().statusCode(200)
                .body("penalties.decisions", equalTo(1))
                .body("penalties.noPenaltyDecisions", equalTo(0))
                .body("penalties.fineTotal", equalTo(new BigDecimal("500.00")))
                .body("penalties.confiscationTotal", equalTo(new BigDecimal("0.00")))
                .body("penalties.byKind", equalTo(byKind(Map.of("FINE", 1))))
                .body("penalties.bySource", equalTo(Map.of("STATUTORY", 0, "DEVOLVED", 1, "ENTRUSTED", 0)))
                .body("cases.filed", equalTo(1))
                .body("cases.closed", equalTo(1))
                .body("coercion.measures", equalTo(1))
                .body("expropriations", equalTo(1))
                .body("inspections.total", equalTo(1))
                .body("inspections.joint", equalTo(0))
                .body("inspections.enterpriseRelated", equalTo(0))
                .body("reviews.reconsiderations", equalTo(0))
                .body("reviews.litigations", equalTo(0))
                .body("reviews.challengedDecisions", equalTo(1))
                .body("reviews.challengeRate", equalTo(rate("1.0000", 1, 1)))
                .body("reviews.corrected", equalTo(0))
                .body("reviews.errorRate", equalTo(rate("0.0000", 0, 0)));
    }

    @Test
    void breakdownByMonthListsAllTwelveMonthsAndPlacesEachFactByItsOwnDay() {
        assertBreakdown("month", List.of(
                row("01", 0, "0.00", "0.00", 1, 1, 0),
                row("02", 1, "200.00", "150.50", 1, 0, 0),
                row("03", 1, "600.00", "0.00", 2, 2, 0),
                row("04", 0, "0.00", "0.00", 1, 0, 0),
                row("05", 1, "3000.00", "0.00", 0, 0, 0),
                row("06", 1, "0.00", "0.00", 0, 0, 0),
                row("07", 0, "0.00", "0.00", 0, 0, 0),
                row("08", 0, "0.00", "0.00", 0, 0, 0),
                row("09", 0, "0.00", "0.00", 0, 0, 0),
                row("10", 0, "0.00", "0.00", 0, 0, 0),
                row("11", 0, "0.00", "0.00", 0, 0, 0),
                row("12", 0, "0.00", "0.00", 1, 0, 0)));
    }

    @Test
    void breakdownByVillageListsTheVillagesThatOccur() {
        assertBreakdown("village", List.of(
                row("V-EAST", 2, "200.00", "150.50", 3, 2, 0),
                row("V-WEST", 2, "3600.00", "0.00", 3, 1, 0)));
    }

    @Test
    void breakdownByDepartmentCountsADecisionCaseOrInspectionUnderEachOfItsDepartments() {
        assertBreakdown("department", List.of(
                row("BRIGADE", 2, "3200.00", "150.50", 3, 2, 0),
                row("OFFICE", 2, "3200.00", "150.50", 3, 1, 0),
                row("SAFETY", 2, "600.00", "0.00", 2, 1, 0)));
    }

    @Test
    void breakdownByMatterSourceListsEverySource() {
        assertBreakdown("matterSource", List.of(
                row("DEVOLVED", 2, "3200.00", "150.50", 3, 1, 0),
                row("ENTRUSTED", 0, "0.00", "0.00", 1, 1, 0),
                row("STATUTORY", 2, "600.00", "0.00", 2, 1, 0)));
    }

    @Test
    void breakdownByPenaltyKindListsEveryKindAndCountsAnAmendedDecisionUnderItsNewHeaviestKind() {
        assertBreakdown("penaltyKind", List.of(
                row("CONFISCATE_ILLEGAL_GAINS", 1, "200.00", "150.50", 0, 0, 0),
                row("CONFISCATE_ILLEGAL_PROPERTY", 0, "0.00", "0.00", 0, 0, 0),
                row("FINE", 2, "3600.00", "0.00", 0, 0, 0),
                row("LOWER_QUALIFICATION", 0, "0.00", "0.00", 0, 0, 0),
                row("ORDER_CLOSURE", 0, "0.00", "0.00", 0, 0, 0),
                row("ORDER_SUSPENSION", 0, "0.00", "0.00", 0, 0, 0),
                row("PUBLIC_CRITICISM", 0, "0.00", "0.00", 0, 0, 0),
                row("RESTRICT_BUSINESS", 0, "0.00", "0.00", 0, 0, 0),
                row("RESTRICT_PRACTICE", 0, "0.00", "0.00", 0, 0, 0),
                row("REVOKE_PERMIT", 0, "0.00", "0.00", 0, 0, 0),
                row("SUSPEND_PERMIT", 0, "0.00", "0.00", 0, 0, 0),
                row("WARNING", 1, "0.00", "0.00", 0, 0, 0)));
    }

    @Test
    void breakdownByMatterListsTheMattersThatOccur() {
        assertBreakdown("matter", List.of(
                row("M-CITY", 2, "3200.00", "150.50", 3, 1, 0),
                row("M-FIRE", 0, "0.00", "0.00", 1, 1, 0),
                row("M-SAFE", 2, "600.00", "0.00", 2, 1, 0)));
    }

    @Test
    void jointInspectionsAreOperationsAndInspectionsAreObjectsWithACompleteRecordNotFollowedByAnAct() {
        reports(inspectingTown).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("inspections.total", equalTo(6))
                .body("inspections.joint", equalTo(2))
                .body("inspections.enterpriseRelated", equalTo(3))
                .body("inspections.followedByAct", equalTo(1))
                .body("cases.filed", equalTo(2))
                .body("penalties.decisions", equalTo(1));
        reports(inspectingTown).get("/api/v1/reports/2023/summary").then().statusCode(200)
                .body("inspections.total", equalTo(1))
                .body("inspections.joint", equalTo(0))
                .body("inspections.followedByAct", equalTo(0));
        reports(inspectingTown).get("/api/v1/reports/2025/summary").then().statusCode(200)
                .body("inspections.total", equalTo(0))
                .body("cases.filed", equalTo(1));
    }

    @Test
    void theBreakdownsCountAJointInspectionOnceUnderItsDayItsVillageAndEachDepartmentOfItsObjects() {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(switch (m) {
                case 1 -> row("01", 0, "0.00", "0.00", 1, 0, 0);
                case 3 -> row("03", 0, "0.00", "0.00", 0, 2, 0);
                case 5 -> row("05", 0, "0.00", "0.00", 0, 2, 1);
                case 6 -> row("06", 1, "500.00", "0.00", 1, 0, 0);
                case 7 -> row("07", 0, "0.00", "0.00", 0, 1, 1);
                case 12 -> row("12", 0, "0.00", "0.00", 0, 1, 0);
                default -> row(String.format("%02d", m), 0, "0.00", "0.00", 0, 0, 0);
            });
        }
        assertBreakdown(inspectingTown, "month", months);
        assertBreakdown(inspectingTown, "village", List.of(
                row("V-EAST", 1, "500.00", "0.00", 2, 3, 1),
                row("V-WEST", 0, "0.00", "0.00", 0, 3, 1)));
        assertBreakdown(inspectingTown, "department", List.of(
                row("BRIGADE", 1, "500.00", "0.00", 1, 5, 2),
                row("OFFICE", 0, "0.00", "0.00", 1, 2, 0),
                row("SAFETY", 1, "500.00", "0.00", 1, 3, 1)));
    }

    @Test
    void aPenaltyDecisionStaysCountedOnceInItsYearAsItStoodAtTheEndOfThatYear() {
        reports(amendingTown).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("penalties.decisions", equalTo(7))
                .body("penalties.noPenaltyDecisions", equalTo(0))
                .body("penalties.fineTotal", equalTo(new BigDecimal("3800.00")))
                .body("penalties.confiscationTotal", equalTo(new BigDecimal("0.00")))
                .body("penalties.byKind", equalTo(byKind(Map.of("FINE", 4, "WARNING", 2, "REVOKE_PERMIT", 1))))
                .body("penalties.bySource", equalTo(Map.of("STATUTORY", 0, "DEVOLVED", 7, "ENTRUSTED", 0)))
                .body("reviews.challengeRate", equalTo(rate("0.0000", 0, 7)));
        reports(amendingTown).get("/api/v1/reports/2025/summary").then().statusCode(200)
                .body("penalties.decisions", equalTo(0))
                .body("penalties.noPenaltyDecisions", equalTo(0))
                .body("penalties.fineTotal", equalTo(new BigDecimal("0.00")));
        reports(amendingTown).queryParam("by", "penaltyKind").get("/api/v1/reports/2024/breakdown").then()
                .statusCode(200)
                .body("rows.find { it.key == 'FINE' }.decisions", equalTo(4))
                .body("rows.find { it.key == 'FINE' }.fineTotal", equalTo(new BigDecimal("3800.00")))
                .body("rows.find { it.key == 'WARNING' }.decisions", equalTo(2))
                .body("rows.find { it.key == 'REVOKE_PERMIT' }.decisions", equalTo(1))
                .body("rows.find { it.key == 'ORDER_SUSPENSION' }.decisions", equalTo(0));
    }

    /**
     * c6, decided in 2023, was challenged by a reconsideration filed in 2024: 2023's challenge rate is 1/1, and the
     * report of 2023 says so in its overview and in section 五 alike, although no review was filed in 2023.
     */
    @Test
    void theOverviewAndSectionFiveStateTheSameChallengeRate() {
        String report = reports().accept("text/markdown").get("/api/v1/reports/2023/annual-report").then()
                .statusCode(200).extract().asString();
        assertThat(report)
                .contains("行政复议或行政诉讼案件的发生率为 100.00%。")
                .contains("全年未发生新的行政复议和行政诉讼案件；2023年作出的行政处罚决定 1 件，其中此后被申请行政复议或提起"
                        + "行政诉讼的 1 件，行政复议或行政诉讼案件的发生率为 100.00%（1/1）。")
                .doesNotContain("发生率为 0");
    }

    @Test
    void anUnknownOrMissingSplitIsAProblemNamingTheParameter() {
        for (String by : new String[] { "weekday", null }) {
            RequestSpecification request = reports();
            if (by != null) {
                request.queryParam("by", by);
            }
            request.get("/api/v1/reports/2024/breakdown").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("by"))
                    .body("errors[0].message", equalTo(
                            "must be one of month, village, department, matterSource, penaltyKind, matter"));
        }
    }

    /** Decimals read as BigDecimal, so that 3800.00 and 3800.0 differ: money must have exactly two places. */
    private RequestSpecification reports() {
        return reports(town);
    }

    private static RequestSpecification reports(String orgUnit) {
        return given().config(RestAssured.config().jsonConfig(
                jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("orgUnit", orgUnit);
    }

    private void assertBreakdown(String by, List<Map<String, Object>> rows) {
        assertBreakdown(town, by, rows);
    }

    private static void assertBreakdown(String town, String by, List<Map<String, Object>> rows) {
        reports(town).queryParam("by", by).get("/api/v1/reports/2024/breakdown").then().statusCode(200)
                .body("year", equalTo(2024))
                .body("orgUnit", equalTo(town))
                .body("by", equalTo(by))
                .body("rows", equalTo(rows));
    }

    private static Map<String, Integer> byKind(Map<String, Integer> counted) {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (PenaltyKind kind : PenaltyKind.values()) {
            all.put(kind.name(), counted.getOrDefault(kind.name(), 0));
        }
        return all;
    }

    private static Map<String, Object> rate(String value, int numerator, int denominator) {
        return Map.of("value", new BigDecimal(value), "numerator", numerator, "denominator", denominator);
    }

    private static Map<String, Object> row(String key, int decisions, String fineTotal, String confiscationTotal,
            int casesFiled, int inspections, int jointInspections) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("decisions", decisions);
        row.put("fineTotal", new BigDecimal(fineTotal));
        row.put("confiscationTotal", new BigDecimal(confiscationTotal));
        row.put("casesFiled", casesFiled);
        row.put("inspections", inspections);
        row.put("jointInspections", jointInspections);
        return row;
    }
}
