package org.enforcementledger.personnel.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.exam.Exam;
import org.enforcementledger.personnel.exam.ExamKind;
import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.officer.OfficerDeparting;
import org.enforcementledger.personnel.officer.OfficerService;
import org.enforcementledger.personnel.officer.OfficerStatus;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.rules.CertificateAction;
import org.enforcementledger.personnel.rules.CertificateStatus;
import org.enforcementledger.personnel.rules.CertificateStatusRules;
import org.enforcementledger.personnel.rules.DateRules;
import org.enforcementledger.personnel.rules.EligibilityRules;
import org.enforcementledger.personnel.rules.IssuanceRules;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Enforcement certificates (行政执法证): issue, status changes, annual reviews and the cancellation that comes with a
 * departure, each checking its rules ({@code rules/}), then recording and publishing; and R4.1's answer.
 */
@ApplicationScoped
public class CertificateService {

    private final OrgUnitContext orgUnit;
    private final OfficerService officers;
    private final EventPublisher events;
    private final Clock clock;

    public CertificateService(OrgUnitContext orgUnit, OfficerService officers, EventPublisher events, Clock clock) {
        this.orgUnit = orgUnit;
        this.officers = officers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a certificate (spec §4.1, R4.2): only to an active officer in an enforcement post who passed a
     * qualification exam on or before the issue day, with no other certificate in force then, under a number no other
     * certificate has.
     */
    @Transactional
    public Certificate issue(UUID officerId, CertificateRequests.NewCertificate request) {
        IssuanceRules.requireExpiryAfterIssue(request.issuedOn(), request.expiresOn());
        Officer officer = officers.lock(officerId);
        IssuanceRules.requireQualifiedApplicant(new IssuanceRules.Applicant(officerId,
                officer.status == OfficerStatus.DEPARTED, officer.enforcementPost,
                Exam.firstPassedOn(officerId, ExamKind.QUALIFICATION).orElse(null)), request.issuedOn());
        if (Certificate.findByNumber(request.number()).isPresent()) {
            throw new ConflictException("Certificate number " + request.number() + " is taken.");
        }
        CertificateStatusRules.requireNoneInForce(
                Certificate.ofOfficer(officerId).stream().map(Certificate::held).toList(), request.issuedOn());
        Certificate certificate = new Certificate();
        certificate.number = request.number();
        certificate.officer = officer;
        certificate.orgUnit = officer.orgUnit;
        certificate.issuingAuthority = request.issuingAuthority();
        certificate.issuedOn = request.issuedOn();
        certificate.expiresOn = request.expiresOn();
        certificate.domains = request.domains().toArray(String[]::new);
        certificate.status = CertificateStatus.VALID;
        certificate.record(CertificateAction.ISSUED, request.issuedOn(), null);
        certificate.persist();
        events.publish(CertificateEvents.ISSUED, officer.id.toString(), officer.orgUnit,
                new CertificateEvents.CertificateIssued(certificate.number, officer.id, officer.department.code,
                        officer.department.kind, certificate.issuingAuthority, certificate.issuedOn,
                        certificate.expiresOn, List.of(certificate.domains)));
        return certificate;
    }

    /** Suspension, reinstatement, cancellation or revocation (R4.2). */
    @Transactional
    public Certificate change(String number, CertificateAction action, CertificateRequests.Change change) {
        DateRules.requireNotInFuture("effectiveOn", change.effectiveOn(), LocalDate.now(clock));
        Certificate certificate = lockedByNumber(number);
        certificate.record(action, change.effectiveOn(), change.reason());
        publishChange(certificate, action, change.effectiveOn(), change.reason());
        return certificate;
    }

    /** 年度审验: a failed review suspends a certificate in force (spec §4.2). */
    @Transactional
    public Certificate annualReview(String number, CertificateRequests.AnnualReview review) {
        DateRules.requireNotInFuture("reviewedOn", review.reviewedOn(), LocalDate.now(clock));
        Certificate certificate = lockedByNumber(number);
        certificate.record(review.passed() ? CertificateAction.ANNUAL_REVIEW_PASSED
                : CertificateAction.ANNUAL_REVIEW_FAILED, review.reviewedOn(), null);
        events.publish(CertificateEvents.ANNUAL_REVIEW_RECORDED, certificate.officer.id.toString(),
                certificate.orgUnit, new CertificateEvents.AnnualReviewRecorded(certificate.number,
                        certificate.officer.id, review.reviewedOn(), review.passed(), certificate.status));
        return certificate;
    }

    /**
     * Cancels (注销) the departing officer's certificate in force, if any, dated the day they left (spec §4.2): part of
     * the departure's transaction, which holds the officer's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void cancelOnDeparture(@Observes OfficerDeparting departing) {
        String reason = "departure: " + departing.reason();
        for (Certificate certificate : Certificate.ofOfficer(departing.officer().id)) {
            if (CertificateStatusRules.notEnded(certificate.status)) {
                CertificateStatusRules.requireDepartureInOrder(certificate.number, departing.leftOn(),
                        certificate.lastStepOn());
                certificate.record(CertificateAction.CANCELLED, departing.leftOn(), reason);
                publishChange(certificate, CertificateAction.CANCELLED, departing.leftOn(), reason);
                departing.certificateCancelled(certificate.number);
                return;
            }
        }
    }

    public Certificate get(String number) {
        return Certificate.findByNumber(number).filter(c -> orgUnit.canRead(c.orgUnit))
                .orElseThrow(() -> new NotFoundException("No certificate " + number + "."));
    }

    /**
     * Whether the officer may carry out enforcement acts on a day (R4.1): a certificate in force that day. Otherwise
     * the reasons, one per certificate that could have counted.
     */
    public CertificateViews.Eligibility eligibility(UUID officerId, LocalDate on) {
        Officer officer = officers.get(officerId);
        EligibilityRules.Standing standing = EligibilityRules.standingOn(
                Certificate.ofOfficer(officerId).stream().map(Certificate::dated).toList(), on);
        return new CertificateViews.Eligibility(officer.id, on, standing.eligible(), standing.certificateNumber(),
                standing.reasons());
    }

    private void publishChange(Certificate certificate, CertificateAction action, LocalDate effectiveOn,
            String reason) {
        events.publish(CertificateEvents.typeOf(action), certificate.officer.id.toString(), certificate.orgUnit,
                new CertificateEvents.CertificateStatusChanged(certificate.number, certificate.officer.id,
                        effectiveOn, reason, certificate.status));
    }

    /** Locks the holder first: all of an officer's changes are serialised, so their events keep commit order. */
    private Certificate lockedByNumber(String number) {
        Certificate certificate = Certificate.findByNumber(number)
                .filter(c -> c.orgUnit.equals(orgUnit.current()))
                .orElseThrow(() -> new NotFoundException("No certificate " + number + "."));
        officers.lock(certificate.officer.id);
        Panache.getEntityManager().refresh(certificate);
        return certificate;
    }
}
