package org.enforcementledger.cases.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.audit.ChangeLog;
import org.enforcementledger.cases.casefile.Enums.CaseStatus;
import org.enforcementledger.cases.casefile.Enums.Outcome;
import org.enforcementledger.cases.entrustment.EntrustmentService;
import org.enforcementledger.cases.externalref.ExternalRefs;
import org.enforcementledger.cases.inspection.Inspection;
import org.enforcementledger.cases.inspection.InspectionService;
import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.MatterService;
import org.enforcementledger.cases.officer.HandlingTeam;
import org.enforcementledger.cases.officer.OfficerRegistry;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.rules.CatalogueRules;
import org.enforcementledger.cases.rules.Days;
import org.enforcementledger.cases.rules.EntrustmentRules;
import org.enforcementledger.cases.rules.OfficerRules;
import org.enforcementledger.cases.rules.PenaltyRules;
import org.enforcementledger.cases.rules.RuleSettings;
import org.enforcementledger.cases.village.Village;
import org.enforcementledger.cases.village.VillageService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Penalty cases under the Administrative Penalty Law: every command checks its rules, then records and publishes. */
@ApplicationScoped
public class CaseService {

    /** Where cases live in the API. */
    public static final String COLLECTION = "/api/v1/cases";
    /** The partial unique index on (org_unit, external_ref) of case_file. */
    static final String EXTERNAL_REF_INDEX = "case_file_external_ref";

    /** A filed case and the warnings it was accepted with (e.g. "1+1" in WARN mode). */
    public record Filed(CaseFile caseFile, List<String> warnings) {
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final MatterService matters;
    private final VillageService villages;
    private final InspectionService inspections;
    private final EntrustmentService entrustments;
    private final HandlingTeam team;
    private final OfficerRegistry officers;
    private final RuleSettings settings;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final ObjectMapper objectMapper;

    public CaseService(OrgUnitContext orgUnit, EventPublisher events, MatterService matters, VillageService villages,
            InspectionService inspections, EntrustmentService entrustments, HandlingTeam team,
            OfficerRegistry officers, RuleSettings settings, Clock clock, ChangeLog changeLog,
            ObjectMapper objectMapper) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.matters = matters;
        this.villages = villages;
        this.inspections = inspections;
        this.entrustments = entrustments;
        this.team = team;
        this.officers = officers;
        this.settings = settings;
        this.clock = clock;
        this.changeLog = changeLog;
        this.objectMapper = objectMapper;
    }

    /**
     * Files a case (立案): the matter in force (R2.2) and published (R8.3) that day, a valid and published entrustment
     * for an entrusted matter (R3.1, the case then acts in the entrusting bureau's name, R3.2), within the limitation
     * period (§5.2),
     * handled by at least two officers eligible that day (R4.6, R4.1) in the "1+1" mode (§4.5); the inspection that
     * found the violation, when named, one of the town's conducted by then.
     */
    @Transactional
    public Filed file(CaseRequests.NewCase request) {
        String unit = orgUnit.current();
        ExternalRefs.requireUnused(COLLECTION, request.externalRef(), ref -> holding(unit, ref));
        notInFuture(request.filedOn(), "filedOn");
        if (request.violationOn().isAfter(request.filedOn())) {
            throw new InvalidFieldException("violationOn", "must not be after filedOn");
        }
        Matter matter = matters.named("matterCode", request.matterCode());
        CatalogueRules.requirePenaltyMatter(matter.code, matter.actType);
        CatalogueRules.requireInForce(matter.code, matter.effectiveFrom, matter.effectiveTo, request.filedOn());
        Optional<String> unrecordedPublication = matters.requirePublished(matter, request.filedOn());
        Optional<EntrustmentRules.Letter> letter = entrustments.authorisingLetter(matter, request.filedOn());
        Village village = villages.named(request.villageCode());
        if (request.inspectionId() != null) {
            Inspection inspection = inspections.named("inspectionId", request.inspectionId());
            if (inspection.conductedOn.isAfter(request.filedOn())) {
                throw new InvalidFieldException("inspectionId", "was conducted on " + inspection.conductedOn
                        + ", after filedOn");
            }
        }
        boolean seriousHarm = Boolean.TRUE.equals(request.seriousHarm());
        PenaltyRules.requireWithinLimitation(request.violationOn(), request.filedOn(), seriousHarm,
                settings.limitationYears(), settings.seriousHarmLimitationYears());
        HandlingTeam.Checked checked = team.check(unit, request.handlingOfficerIds(), request.filedOn(),
                "a penalty case", true);
        List<String> warnings = new ArrayList<>();
        unrecordedPublication.ifPresent(warnings::add);
        warnings.addAll(checked.warnings());

        CaseFile caseFile = new CaseFile();
        caseFile.id = UUID.randomUUID();
        caseFile.orgUnit = unit;
        caseFile.externalRef = request.externalRef();
        caseFile.matter = matter;
        caseFile.village = village;
        caseFile.partyKind = request.party().kind();
        caseFile.partyName = request.party().name();
        caseFile.partyIdNumber = request.party().idNumber();
        caseFile.procedure = request.procedure();
        caseFile.filedOn = request.filedOn();
        caseFile.violationOn = request.violationOn();
        caseFile.seriousHarm = seriousHarm;
        caseFile.summary = request.summary();
        caseFile.officerIds = checked.officers().stream().map(OfficerStanding::officerId).toArray(UUID[]::new);
        caseFile.departmentCodes = checked.departmentCodes().toArray(String[]::new);
        caseFile.actingInNameOf = letter.map(EntrustmentRules.Letter::entrustingAuthority).orElse(null);
        caseFile.entrustmentNumber = letter.map(EntrustmentRules.Letter::number).orElse(null);
        caseFile.inspectionId = request.inspectionId();
        caseFile.status = CaseStatus.FILED;
        caseFile.record("FILED", request.filedOn(), letter.map(l -> "in the name of " + l.entrustingAuthority()
                + " under entrustment " + l.number()).orElse(null));
        warnings.forEach(w -> caseFile.record("WARNING", request.filedOn(), w));
        ExternalRefs.persist(caseFile, EXTERNAL_REF_INDEX, COLLECTION, caseFile.externalRef);
        events.publish(CaseEvents.FILED, caseFile.id.toString(), unit, new CaseEvents.CaseFiled(caseFile.id,
                matter.code, matter.source, caseFile.actingInNameOf, caseFile.entrustmentNumber, village.code,
                caseFile.procedure, caseFile.partyKind, caseFile.filedOn, caseFile.violationOn,
                List.of(caseFile.officerIds), List.of(caseFile.departmentCodes), caseFile.inspectionId));
        return new Filed(caseFile, warnings);
    }

    /** Records an approved extension of the 90-day decision limit (§5.4); it must be approved within the limit. */
    @Transactional
    public CaseFile extend(UUID caseId, CaseRequests.Extension request) {
        CaseFile caseFile = lock(caseId);
        requireStatus(caseFile, CaseStatus.FILED, "extended");
        notInFuture(request.approvedOn(), "approvedOn");
        PenaltyRules.requireExtensionWithinLimit(request.approvedOn(), caseFile.filedOn, decisionDueBy(caseFile));
        caseFile.timeLimitExtensionDays += request.days();
        caseFile.record("TIME_LIMIT_EXTENDED", request.approvedOn(),
                "+" + request.days() + " days: " + request.reason());
        // No event (the figures do not count extensions), but the audit trail and the cases feed show it.
        changeLog.record(ChangeLog.CASES, caseFile.id.toString(), caseFile.orgUnit,
                EventPublisher.TYPE_PREFIX + "case.time-limit-extended", orgUnit.actor(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS),
                objectMapper.valueToTree(Map.of("approvedOn", request.approvedOn().toString(), "days", request.days(),
                        "reason", request.reason(), "timeLimitExtensionDays", caseFile.timeLimitExtensionDays)));
        return caseFile;
    }

    /**
     * Decides a case. Refuses a second decision (409), a decision after the time limit (§5.4, Art 60), a handling
     * officer not eligible on the decision day (R4.1: departed, out of an enforcement post, no certificate), penalties
     * beyond the simple procedure (§5.3), a decision without the hearing offered or the legal review passed where
     * required (§5.4, Arts 58 and 63), and a first-time reviewer without the legal professional qualification (R4.5).
     */
    @Transactional
    public Decision decide(UUID caseId, CaseRequests.NewDecision request) {
        CaseFile caseFile = lock(caseId);
        if (caseFile.status != CaseStatus.FILED) {
            throw new ConflictException("Case " + caseId + " is decided already.");
        }
        notInFuture(request.decidedOn(), "decidedOn");
        if (request.decidedOn().isBefore(caseFile.filedOn)) {
            throw new InvalidFieldException("decidedOn", "must not be before filedOn " + caseFile.filedOn);
        }
        PenaltyRules.requireDecisionInTime(request.decidedOn(), decisionDueBy(caseFile),
                settings.decisionTimeLimitDays(), caseFile.timeLimitExtensionDays);
        team.requireEligible(caseFile.orgUnit, List.of(caseFile.officerIds), request.decidedOn());
        List<Penalty> penalties = penalties(request.outcome(), request.penalties());
        boolean hearingRequired = checkPenalties(caseFile, penalties);

        CaseRequests.Hearing hearing = request.hearing();
        boolean hearingHeld = hearing != null && hearing.held();
        LocalDate offeredOn = hearing == null ? null : hearing.offeredOn();
        if (hearingHeld && offeredOn == null) {
            throw new InvalidFieldException("hearing.offeredOn", "is required when a hearing was held");
        }
        if (offeredOn != null && (offeredOn.isBefore(caseFile.filedOn) || offeredOn.isAfter(request.decidedOn()))) {
            throw new InvalidFieldException("hearing.offeredOn", "must lie between filedOn and decidedOn");
        }
        PenaltyRules.requireHearingOffered(hearingRequired, offeredOn, penalties);
        CaseRequests.LegalReview review = request.legalReview();
        PenaltyRules.requireLegalReview(hearingRequired, hearingHeld, review == null ? null : review.passed());
        if (review != null) {
            checkReviewer(caseFile, review, request.decidedOn());
        }

        Decision decision = new Decision();
        decision.caseFile = caseFile;
        decision.decidedOn = request.decidedOn();
        decision.outcome = request.outcome();
        decision.setPenalties(penalties);
        decision.hearingOfferedOn = offeredOn;
        decision.hearingHeld = hearingHeld;
        if (review != null) {
            decision.reviewerOfficerId = review.reviewerOfficerId();
            decision.reviewedOn = review.reviewedOn();
            decision.reviewPassed = review.passed();
        }
        decision.persist();
        caseFile.status = CaseStatus.DECIDED;
        caseFile.record("DECIDED", request.decidedOn(), request.outcome() + " " + describe(penalties));
        events.publish(CaseEvents.DECIDED, caseFile.id.toString(), caseFile.orgUnit, new CaseEvents.CaseDecided(
                caseFile.id, decision.decidedOn, decision.outcome, penaltyData(decision), decision.fineTotal,
                decision.confiscationTotal, caseFile.matter.code, caseFile.matter.source, caseFile.actingInNameOf,
                caseFile.village.code, caseFile.procedure, caseFile.partyKind, List.of(caseFile.departmentCodes),
                caseFile.filedOn, offeredOn != null, hearingHeld, Boolean.TRUE.equals(decision.reviewPassed)));
        return decision;
    }

    /**
     * Amends a decision (e.g. after reconsideration found the amount improper): the simple-procedure limits hold, and
     * penalties that need a hearing and a legal review (§5.4) are refused unless the decision had both.
     */
    @Transactional
    public Decision amend(UUID caseId, CaseRequests.Amendment request) {
        CaseFile caseFile = lock(caseId);
        Decision decision = decisionTo(caseId, "amend");
        notInFuture(request.amendedOn(), "amendedOn");
        if (request.amendedOn().isBefore(decision.decidedOn)) {
            throw new InvalidFieldException("amendedOn", "must not be before decidedOn " + decision.decidedOn);
        }
        List<Penalty> penalties = penalties(request.outcome(), request.penalties());
        PenaltyRules.requireAmendable(checkPenalties(caseFile, penalties), decision.hearingOfferedOn != null,
                Boolean.TRUE.equals(decision.reviewPassed));
        decision.outcome = request.outcome();
        decision.setPenalties(penalties);
        decision.amendedOn = request.amendedOn();
        caseFile.record("DECISION_AMENDED", request.amendedOn(),
                request.outcome() + " " + describe(penalties) + ": " + request.reason());
        events.publish(CaseEvents.DECISION_AMENDED, caseFile.id.toString(), caseFile.orgUnit,
                new CaseEvents.DecisionAmended(caseFile.id, decision.decidedOn, decision.outcome,
                        penaltyData(decision), decision.fineTotal, decision.confiscationTotal, caseFile.matter.code,
                        caseFile.matter.source, caseFile.actingInNameOf, caseFile.village.code, caseFile.procedure,
                        caseFile.partyKind, List.of(caseFile.departmentCodes), caseFile.filedOn,
                        decision.hearingOfferedOn != null, decision.hearingHeld,
                        Boolean.TRUE.equals(decision.reviewPassed),
                        request.amendedOn(), request.reason()));
        return decision;
    }

    @Transactional
    public CaseFile close(UUID caseId, CaseRequests.Closure request) {
        CaseFile caseFile = lock(caseId);
        requireStatus(caseFile, CaseStatus.DECIDED, "closed");
        Decision decision = Decision.ofCase(caseId).orElseThrow();
        notInFuture(request.closedOn(), "closedOn");
        if (request.closedOn().isBefore(decision.decidedOn)) {
            throw new InvalidFieldException("closedOn", "must not be before decidedOn " + decision.decidedOn);
        }
        decision.closedOn = request.closedOn();
        decision.closureReason = request.reason();
        caseFile.status = CaseStatus.CLOSED;
        caseFile.record("CLOSED", request.closedOn(), request.reason());
        events.publish(CaseEvents.CLOSED, caseFile.id.toString(), caseFile.orgUnit, new CaseEvents.CaseClosed(
                caseFile.id, request.closedOn(), request.reason(), caseFile.village.code, caseFile.matter.code));
        return caseFile;
    }

    /** A reconsideration or lawsuit against the case's decision (spec §10). */
    @Transactional
    public Review fileReview(UUID caseId, CaseRequests.NewReview request) {
        CaseFile caseFile = lock(caseId);
        Decision decision = decisionTo(caseId, "challenge");
        notInFuture(request.filedOn(), "filedOn");
        if (request.filedOn().isBefore(decision.decidedOn)) {
            throw new InvalidFieldException("filedOn", "must not be before the decision of " + decision.decidedOn);
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.caseFile = caseFile;
        review.kind = request.kind();
        review.filedOn = request.filedOn();
        review.persist();
        caseFile.record(request.kind() + "_FILED", request.filedOn(), null);
        events.publish(CaseEvents.REVIEW_FILED, caseFile.id.toString(), caseFile.orgUnit, new CaseEvents.ReviewFiled(
                caseFile.id, review.id, review.kind, review.filedOn, decision.decidedOn));
        return review;
    }

    @Transactional
    public Review concludeReview(UUID caseId, UUID reviewId, CaseRequests.Conclusion request) {
        CaseFile caseFile = lock(caseId);
        Review review = Review.<Review> findByIdOptional(reviewId).filter(r -> r.caseFile.id.equals(caseId))
                .orElseThrow(() -> new NotFoundException("No review " + reviewId + " of case " + caseId + "."));
        if (review.outcome != null) {
            throw new ConflictException("Review " + reviewId + " was concluded already (" + review.outcome + ").");
        }
        notInFuture(request.decidedOn(), "decidedOn");
        if (request.decidedOn().isBefore(review.filedOn)) {
            throw new InvalidFieldException("decidedOn", "must not be before the review's filedOn " + review.filedOn);
        }
        review.outcome = request.outcome();
        review.decidedOn = request.decidedOn();
        caseFile.record(review.kind + "_CONCLUDED", request.decidedOn(), request.outcome().name());
        events.publish(CaseEvents.REVIEW_CONCLUDED, caseFile.id.toString(), caseFile.orgUnit,
                new CaseEvents.ReviewConcluded(caseFile.id, review.id, review.kind, review.outcome, review.decidedOn,
                        review.outcome.corrected));
        return review;
    }

    /** Names the case that holds the reference of a refused filing (see {@link ExternalRefs#named}). */
    public DuplicateExternalRefException existingCase(DuplicateExternalRefException refusal) {
        String unit = orgUnit.current();
        return ExternalRefs.named(refusal, ref -> holding(unit, ref));
    }

    private static Optional<UUID> holding(String unit, String externalRef) {
        return CaseFile.findByExternalRef(unit, externalRef).map(c -> c.id);
    }

    /** The case with its decision, reviews, history and decision due day, if the caller may read it. */
    public CaseViews.CaseView view(UUID caseId) {
        CaseFile caseFile = CaseFile.findReadable(orgUnit.readScope(), caseId)
                .orElseThrow(() -> new NotFoundException("No case " + caseId + "."));
        return CaseViews.of(caseFile, Decision.ofCase(caseFile.id).orElse(null), Review.ofCase(caseFile.id),
                decisionDueBy(caseFile));
    }

    /** A page of the cases the caller may read that match the query, newest filing first. */
    public CaseViews.CasePage list(CaseRequests.CaseQuery request) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        orgUnit.readScope().ifPresent(unit -> {
            query.append(" and orgUnit = :orgUnit");
            parameters.and("orgUnit", unit);
        });
        if (request.year() != null) {
            query.append(" and filedOn >= :from and filedOn <= :to");
            parameters.and("from", LocalDate.of(request.year(), 1, 1)).and("to", LocalDate.of(request.year(), 12, 31));
        }
        if (request.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", request.status());
        }
        if (request.villageCode() != null) {
            query.append(" and village.code = :village");
            parameters.and("village", request.villageCode());
        }
        if (request.externalRef() != null) {
            query.append(" and externalRef = :externalRef");
            parameters.and("externalRef", request.externalRef());
        }
        if (request.matterCode() != null) {
            query.append(" and matter.code = :matter");
            parameters.and("matter", request.matterCode());
        }
        PanacheQuery<CaseFile> result = CaseFile.find(query.toString(), Sort.descending("filedOn").and("id"),
                parameters).page(Page.of(request.page(), request.size()));
        List<CaseFile> files = result.list();
        Map<UUID, Decision> decisions = new HashMap<>();
        if (!files.isEmpty()) {
            Decision.<Decision> list("caseFile.id in ?1", files.stream().map(c -> c.id).toList())
                    .forEach(d -> decisions.put(d.caseFile.id, d));
        }
        return new CaseViews.CasePage(files.stream().map(c -> CaseViews.listItem(c, decisions.get(c.id))).toList(),
                request.page(), request.size(), result.count());
    }

    /** R4.5 (Art 58): whoever does legal review for the first time holds the legal professional qualification. */
    private void checkReviewer(CaseFile caseFile, CaseRequests.LegalReview review, LocalDate decidedOn) {
        if (review.reviewedOn().isBefore(caseFile.filedOn) || review.reviewedOn().isAfter(decidedOn)) {
            throw new InvalidFieldException("legalReview.reviewedOn", "must lie between filedOn and decidedOn");
        }
        Map<UUID, OfficerStanding> standings = officers.standings(caseFile.orgUnit,
                List.of(review.reviewerOfficerId()), review.reviewedOn());
        OfficerStanding reviewer = standings.get(review.reviewerOfficerId());
        if (reviewer.name() == null || !caseFile.orgUnit.equals(reviewer.orgUnit())) {
            throw new ReferenceException("legalReview.reviewerOfficerId",
                    "No officer " + review.reviewerOfficerId() + " in this town.");
        }
        OfficerRules.requireQualifiedReviewer(review.reviewerOfficerId(), reviewer.legalProfessionQualified(),
                Decision.reviewedBefore(review.reviewerOfficerId()));
    }

    /**
     * §5.3 and §5.4 for the penalties of a decision or an amendment: the simple procedure's limits hold; answers
     * whether they need a hearing offered (and so a legal review).
     */
    private boolean checkPenalties(CaseFile caseFile, List<Penalty> penalties) {
        PenaltyRules.requireSimpleProcedureLimits(caseFile.procedure, caseFile.partyKind, penalties,
                settings.simpleProcedurePersonFineLimit(), settings.simpleProcedureOrganizationFineLimit());
        return PenaltyRules.hearingRequired(caseFile.partyKind, penalties, settings.hearingPersonThreshold(),
                settings.hearingOrganizationThreshold(), settings.hearingKinds());
    }

    /** The penalties of a request, checked against the outcome and their kinds (400 otherwise). */
    private static List<Penalty> penalties(Outcome outcome, List<CaseRequests.PenaltyItem> items) {
        if (outcome == Outcome.PENALTY && items.isEmpty()) {
            throw new InvalidFieldException("penalties", "a PENALTY decision needs at least one penalty");
        }
        if (outcome == Outcome.NO_PENALTY && !items.isEmpty()) {
            throw new InvalidFieldException("penalties", "a NO_PENALTY decision has no penalties");
        }
        List<Penalty> penalties = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CaseRequests.PenaltyItem item = items.get(i);
            if (item.kind().money() && item.amount() == null) {
                throw new InvalidFieldException("penalties[" + i + "].amount", "is required for " + item.kind());
            }
            if (!item.kind().money() && item.amount() != null) {
                throw new InvalidFieldException("penalties[" + i + "].amount", "must be absent for " + item.kind());
            }
            penalties.add(new Penalty(item.kind(), item.amount() == null ? null : item.amount().setScale(2)));
        }
        return penalties;
    }

    /** §5.4: the day the case must be decided by (the one time limit of settings, plus recorded extensions). */
    private LocalDate decisionDueBy(CaseFile caseFile) {
        return PenaltyRules.decisionDueBy(caseFile.filedOn, settings.decisionTimeLimitDays(),
                caseFile.timeLimitExtensionDays);
    }

    private CaseFile lock(UUID caseId) {
        return CaseFile.lockForUpdate(orgUnit.current(), caseId)
                .orElseThrow(() -> new NotFoundException("No case " + caseId + "."));
    }

    /** The case's decision, for a command on it: a 409 when there is none to act on. */
    private static Decision decisionTo(UUID caseId, String verb) {
        return Decision.ofCase(caseId)
                .orElseThrow(() -> new ConflictException("Case " + caseId + " has no decision to " + verb + "."));
    }

    private static void requireStatus(CaseFile caseFile, CaseStatus status, String verb) {
        if (caseFile.status != status) {
            throw new ConflictException("Case " + caseFile.id + " is " + caseFile.status + "; only a " + status
                    + " case can be " + verb + ".");
        }
    }

    private void notInFuture(LocalDate day, String field) {
        Days.notInFuture(day, LocalDate.now(clock), field);
    }

    private static List<CaseEvents.PenaltyData> penaltyData(Decision decision) {
        return decision.penalties.stream().map(p -> new CaseEvents.PenaltyData(p.kind, p.amount)).toList();
    }

    private static String describe(List<Penalty> penalties) {
        return penalties.stream().map(p -> p.amount == null ? p.kind.name() : p.kind + " " + p.amount.toPlainString())
                .toList().toString();
    }
}
