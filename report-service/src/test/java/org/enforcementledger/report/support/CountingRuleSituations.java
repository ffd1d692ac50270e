package org.enforcementledger.report.support;

import static org.enforcementledger.report.support.TestEvents.penalty;

import java.util.List;
import java.util.UUID;

import org.enforcementledger.report.support.TestEvents.CaseFile;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The situations issue #10 found miscounted, fed into one town as the producing services publish them: shared by the
 * tests that count them ({@code CaseFiguresTest}, {@code PersonnelFiguresTest}, whose javadoc tables describe them and
 * count them by hand) and the tests that show them in the statistical tables, the annual report and the dashboard.
 */
public final class CountingRuleSituations {

    private CountingRuleSituations() {
    }

    /**
     * Inspections as R8.7 and R8.8 count them (CaseFiguresTest's inspecting town): two joint operations over several
     * objects, "1+1" routine inspections, a record without findings, a patrol, and inspections named by a case filed
     * the same year, the next year and the year before.
     */
    public static void inspections(EventFeed feed, String town) {
        String topic = EventFeed.CASES;
        var op1 = TestEvents.jointOperation(town, "2024-05-10", "V-EAST", true, List.of("BRIGADE", "SAFETY"),
                "DISTRICT-EMERGENCY", town);
        feed.send(topic, op1.object("M-SAFE", "STATUTORY", true))
                .send(topic, op1.object("M-SAFE", "STATUTORY", true))
                .send(topic, op1.object("M-SAFE", "STATUTORY", false))
                .send(topic, op1.recorded(3, "M-SAFE"));
        var op2 = TestEvents.jointOperation(town, "2024-07-01", "V-WEST", false, List.of("BRIGADE"), town,
                "FIRE-RESCUE");
        feed.send(topic, op2.recorded(1, "M-FIRE")).send(topic, op2.object("M-FIRE", "ENTRUSTED", true));
        feed.send(topic, TestEvents.singleInspection(town, "2024-03-03", "M-CITY", "DEVOLVED", "V-EAST", true, true,
                "BRIGADE", "OFFICE"))
                .send(topic, TestEvents.inspection(town, "2024-03-04", "M-SAFE", "STATUTORY", "V-WEST", true, false,
                        "BRIGADE", "SAFETY"))
                .send(topic, TestEvents.singleInspection(town, "2024-04-01", "M-CITY", "DEVOLVED", "V-EAST", false,
                        false, "OFFICE"))
                .send(topic, TestEvents.patrol(town, "2024-04-02", "V-EAST", "BRIGADE"));

        ObjectNode f1 = TestEvents.singleInspection(town, "2024-06-01", "M-SAFE", "STATUTORY", "V-EAST", true, true,
                "SAFETY");
        CaseFile e1 = TestEvents.caseFile(town, "2024-06-05", "M-SAFE", "STATUTORY", "V-EAST", "SAFETY", "BRIGADE");
        feed.send(topic, e1.filedAfter(f1)).send(topic, e1.decided("2024-06-20", penalty("FINE", "500.00")))
                .send(topic, f1);
        ObjectNode f2 = TestEvents.singleInspection(town, "2024-12-20", "M-CITY", "DEVOLVED", "V-WEST", false, true,
                "OFFICE");
        CaseFile e2 = TestEvents.caseFile(town, "2025-01-10", "M-CITY", "DEVOLVED", "V-WEST", "OFFICE");
        feed.send(topic, f2).send(topic, e2.filedAfter(f2));
        ObjectNode f0 = TestEvents.singleInspection(town, "2023-12-28", "M-CITY", "DEVOLVED", "V-EAST", false, true,
                "OFFICE");
        CaseFile e0 = TestEvents.caseFile(town, "2024-01-05", "M-CITY", "DEVOLVED", "V-EAST", "OFFICE");
        feed.send(topic, f0).send(topic, e0.filedAfter(f0));
    }

    /**
     * Penalty decisions of 2024 amended every way §11.2 rule 1 must survive (CaseFiguresTest's amending town): to a
     * lower fine, to another kind and to no penalty, in 2024 and in 2025, and a decision not to penalise amended to a
     * penalty.
     */
    public static void amendments(EventFeed feed, String town) {
        String topic = EventFeed.CASES;
        CaseFile d1 = TestEvents.caseFile(town, "2024-02-20", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        ObjectNode d1Decided = d1.decided("2024-03-01", penalty("FINE", "1000.00"));
        feed.send(topic, d1.filed()).send(topic, d1Decided)
                .send(topic, d1.amended("2024-03-01", "2024-06-01", penalty("FINE", "600.00")))
                .send(topic, TestEvents.republished(d1Decided));
        CaseFile d2 = TestEvents.caseFile(town, "2024-11-01", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feed.send(topic, d2.filed()).send(topic, d2.decided("2024-11-20", penalty("FINE", "2000.00")))
                .send(topic, d2.amended("2024-11-20", "2025-02-10", penalty("FINE", "1500.00")));
        CaseFile d3 = TestEvents.caseFile(town, "2024-03-20", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feed.send(topic, d3.filed())
                .send(topic, d3.decided("2024-04-01", penalty("ORDER_SUSPENSION"), penalty("FINE", "5000.00")))
                .send(topic, d3.amended("2024-04-01", "2024-07-01", penalty("WARNING")));
        CaseFile d4 = TestEvents.caseFile(town, "2024-12-01", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feed.send(topic, d4.filed()).send(topic, d4.decided("2024-12-10", penalty("REVOKE_PERMIT")))
                .send(topic, d4.amended("2024-12-10", "2025-01-15", penalty("FINE", "300.00")));
        CaseFile d5 = TestEvents.caseFile(town, "2024-04-20", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feed.send(topic, d5.filed()).send(topic, d5.decided("2024-05-01", penalty("FINE", "800.00")))
                .send(topic, d5.amendedNotToPenalise("2024-05-01", "2024-09-01"));
        CaseFile d6 = TestEvents.caseFile(town, "2024-09-20", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feed.send(topic, d6.filed()).send(topic, d6.decided("2024-10-01", penalty("FINE", "400.00")))
                .send(topic, d6.amendedNotToPenalise("2024-10-01", "2025-03-01"));
        CaseFile d7 = TestEvents.caseFile(town, "2024-01-20", "M-CITY", "DEVOLVED", "V-EAST", "BRIGADE");
        feed.send(topic, d7.filed()).send(topic, d7.decidedNotToPenalise("2024-02-01"))
                .send(topic, d7.amended("2024-02-01", "2024-08-01", penalty("WARNING")));
    }

    /** The officers of {@link #personnel}; ids chosen by the caller, so that its assertions can name them. */
    public record Officers(UUID p, UUID q, UUID r, UUID s, UUID t, UUID u, UUID w) {

        public static Officers random() {
            return new Officers(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        }
    }

    /**
     * A 2024 of officers P–W (PersonnelFiguresTest's second town): moved out of and into an enforcement post, one
     * who left mid-year without his certificate cancelled, failed annual reviews, a fail-then-pass exam, absences, and
     * 60 hours of training that miss an area.
     */
    public static void personnel(EventFeed feed, String town, Officers officers) {
        String p = EventFeed.PERSONNEL;
        String t = town;
        UUID officerP = officers.p();
        UUID officerQ = officers.q();
        UUID officerR = officers.r();
        UUID officerS = officers.s();
        UUID officerT = officers.t();
        UUID officerU = officers.u();
        UUID officerW = officers.w();
        // Certificate history row ids of this run, as personnel-service numbers them.
        long changeIds = System.nanoTime() % 1_000_000_000_000L;
        feed.send(p, TestEvents.officerRegistered(t, officerP, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"))
                .send(p, TestEvents.certificateIssued(t, officerP, number(officerP), "2020-01-01", "2030-12-31"))
                .send(p, TestEvents.training(t, officerP, "PUBLIC_LAW", "15", "2024-03-01"))
                .send(p, TestEvents.training(t, officerP, "PUBLIC_LAW", "15", "2024-03-02"))
                .send(p, TestEvents.training(t, officerP, "BUSINESS", "15", "2024-04-01"))
                .send(p, TestEvents.training(t, officerP, "BUSINESS", "15", "2024-04-02"))
                .send(p, TestEvents.exam(t, officerP, "ANNUAL_LEGAL", "2024-05-10", false))
                .send(p, TestEvents.exam(t, officerP, "ANNUAL_LEGAL", "2024-06-10", true));

        feed.send(p, TestEvents.officerRegistered(t, officerQ, "OFFICE", "BUSINESS_OFFICE", "2019-01-01"))
                .send(p, TestEvents.certificateIssued(t, officerQ, number(officerQ), "2019-01-01", "2029-12-31"))
                .send(p, TestEvents.training(t, officerQ, "PUBLIC_LAW", "20", "2024-02-01"))
                .send(p, TestEvents.training(t, officerQ, "BUSINESS", "20", "2024-03-01"))
                .send(p, TestEvents.training(t, officerQ, "ENFORCEMENT_SKILLS", "20", "2024-04-01"))
                .send(p, TestEvents.examAbsence(t, officerQ, "2024-11-15"))
                // 01:30 on 1 August in Asia/Shanghai, still 31 July in UTC.
                .send(p, TestEvents.officerUpdated(t, officerQ, "OFFICE", "BUSINESS_OFFICE", "2019-01-01", false,
                        "2024-07-31T17:30:00Z"));

        feed.send(p, TestEvents.officerRegistered(t, officerR, "BRIGADE", "ENFORCEMENT_BRIGADE", "2018-01-01"))
                .send(p, TestEvents.certificateIssued(t, officerR, number(officerR), "2018-01-01", "2028-12-31"))
                .send(p, TestEvents.exam(t, officerR, "ANNUAL_LEGAL", "2024-03-01", true))
                .send(p, TestEvents.officerDeparted(t, officerR, "2024-09-30", null));

        feed.send(p, TestEvents.officerRegistered(t, officerS, "OFFICE", "BUSINESS_OFFICE", "2021-01-01"))
                .send(p, TestEvents.certificateIssued(t, officerS, number(officerS), "2021-01-01", "2027-12-31"))
                .send(p, TestEvents.training(t, officerS, "ENFORCEMENT_SKILLS", "10", "2024-05-01"))
                .send(p, TestEvents.withChangeId(TestEvents.certificateReviewed(t, officerS, number(officerS),
                        "2024-10-15", false, "SUSPENDED"), changeIds + 1))
                .send(p, TestEvents.exam(t, officerS, "ANNUAL_LEGAL", "2024-11-15", false));

        ObjectNode suspendedT = TestEvents.withChangeId(
                TestEvents.certificateChanged(t, officerT, number(officerT), "suspended", "2024-04-01"),
                changeIds + 2);
        feed.send(p, TestEvents.officerRegistered(t, officerT, "BRIGADE", "ENFORCEMENT_BRIGADE", "2022-01-01"))
                .send(p, TestEvents.certificateIssued(t, officerT, number(officerT), "2022-01-01", "2028-12-31"))
                .send(p, suspendedT)
                .send(p, TestEvents.certificateReviewed(t, officerT, number(officerT), "2024-05-01", false,
                        "SUSPENDED"))
                .send(p, TestEvents.certificateChanged(t, officerT, number(officerT), "reinstated", "2024-06-01"))
                .send(p, TestEvents.republished(suspendedT))
                .send(p, TestEvents.examAbsence(t, officerT, "2024-11-15"));

        feed.send(p, TestEvents.officerRegistered(t, officerU, "OFFICE", "BUSINESS_OFFICE", "2020-01-01"))
                .send(p, TestEvents.officerUpdated(t, officerU, "OFFICE", "BUSINESS_OFFICE", "2020-01-01", false,
                        "2020-06-01T02:00:00Z"))
                .send(p, TestEvents.certificateIssued(t, officerU, number(officerU), "2020-01-01", "2030-12-31"))
                .send(p, TestEvents.officerUpdated(t, officerU, "OFFICE", "BUSINESS_OFFICE", "2020-01-01", true,
                        "2024-03-01T02:00:00Z"));

        feed.send(p, TestEvents.officerRegistered(t, officerW, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01"))
                .send(p, TestEvents.certificateIssued(t, officerW, number(officerW), "2020-01-01", "2030-12-31"))
                .send(p, TestEvents.officerUpdated(t, officerW, "BRIGADE", "ENFORCEMENT_BRIGADE", "2020-01-01", false,
                        "2025-01-05T02:00:00Z", "2024-12-31"));
    }

    /**
     * The officer's certificate: numbers are unique across towns, as report-service keeps a certificate under its
     * number, and the situations may be fed into several towns.
     */
    private static String number(UUID officerId) {
        return "C-" + officerId;
    }
}
