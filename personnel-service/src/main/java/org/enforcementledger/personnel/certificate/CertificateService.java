package org.enforcementledger.personnel.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.exam.Exam;
import org.enforcementledger.personnel.exam.ExamKind;
import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.officer.OfficerStatus;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.problem.RuleViolationException;

import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
public class CertificateService {

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final Clock clock;

    public CertificateService(OrgUnitContext orgUnit, EventPublisher events, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a certificate (spec §4.1, R4.2): only to an active officer in an enforcement post who passed a
     * qualification exam on or before the issue day, with no other certificate in force then, under a number no other
     * certificate has.
     */
    @Transactional
    public Certificate issue(UUID officerId, CertificateResource.NewCertificate request) {
        if (!request.expiresOn().isAfter(request.issuedOn())) {
            throw new InvalidFieldException("expiresOn", "must be after issuedOn");
        }
        Officer officer = lockOfficer(officerId);
        if (officer.status == OfficerStatus.DEPARTED) {
            throw new RuleViolationException("§4.1", "officer " + officerId + " has left the enforcement staff.");
        }
        if (!officer.enforcementPost) {
            throw new RuleViolationException("§4.1",
                    "only officers in an enforcement post may hold an enforcement certificate.");
        }
        if (!Exam.passedOnOrBefore(officerId, ExamKind.QUALIFICATION, request.issuedOn())) {
            throw new RuleViolationException("§4.1", "officer " + officerId
                    + " has no passed QUALIFICATION exam on or before " + request.issuedOn() + ".");
        }
        if (Certificate.findByNumber(request.number()).isPresent()) {
            throw new ConflictException("Certificate number " + request.number() + " is taken.");
        }
        for (Certificate existing : Certificate.ofOfficer(officerId)) {
            boolean stillInForce = (existing.status == CertificateStatus.VALID
                    || existing.status == CertificateStatus.SUSPENDED)
                    && !request.issuedOn().isAfter(existing.expiresOn);
            if (stillInForce) {
                throw new RuleViolationException("R4.2", "officer already holds certificate " + existing.number
                        + " (" + existing.status + " until " + existing.expiresOn
                        + "); cancel it or let it expire first.");
            }
        }
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
    public Certificate change(String number, CertificateAction action, LocalDate effectiveOn, String reason) {
        if (effectiveOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("effectiveOn", "must not be in the future");
        }
        Certificate certificate = lockedByNumber(number);
        certificate.record(action, effectiveOn, reason);
        publishChange(certificate, action, effectiveOn, reason);
        return certificate;
    }

    /**
     * Cancels (注销) the officer's certificate in force, if any, with the officer's departure: part of the caller's
     * transaction, which holds the officer's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Certificate> cancelOnDeparture(Officer officer, LocalDate leftOn, String reason) {
        for (Certificate certificate : Certificate.ofOfficer(officer.id)) {
            if (certificate.status == CertificateStatus.VALID || certificate.status == CertificateStatus.SUSPENDED) {
                if (leftOn.isBefore(lastStep(certificate))) {
                    throw new InvalidFieldException("leftOn", "must not be before " + lastStep(certificate)
                            + ", the last recorded step of certificate " + certificate.number);
                }
                certificate.record(CertificateAction.CANCELLED, leftOn, reason);
                publishChange(certificate, CertificateAction.CANCELLED, leftOn, reason);
                return Optional.of(certificate);
            }
        }
        return Optional.empty();
    }

    /** 年度审验: a failed review suspends a certificate in force (spec §4.2). */
    @Transactional
    public Certificate annualReview(String number, LocalDate reviewedOn, boolean passed) {
        if (reviewedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("reviewedOn", "must not be in the future");
        }
        Certificate certificate = lockedByNumber(number);
        certificate.record(passed ? CertificateAction.ANNUAL_REVIEW_PASSED : CertificateAction.ANNUAL_REVIEW_FAILED,
                reviewedOn, null);
        events.publish(CertificateEvents.ANNUAL_REVIEW_RECORDED, certificate.officer.id.toString(),
                certificate.orgUnit, new CertificateEvents.AnnualReviewRecorded(certificate.number,
                        certificate.officer.id, reviewedOn, passed, certificate.status));
        return certificate;
    }

    public Certificate get(String number) {
        return Certificate.findByNumber(number).filter(c -> orgUnit.canRead(c.orgUnit))
                .orElseThrow(() -> new NotFoundException("No certificate " + number + "."));
    }

    /**
     * Whether the officer may carry out enforcement acts on a day (R4.1): a certificate in force that day. Otherwise
     * the reasons, one per certificate that could have counted.
     */
    public Eligibility eligibility(UUID officerId, LocalDate on) {
        Officer officer = Officer.findReadable(orgUnit.readScope(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        List<Certificate> certificates = new ArrayList<>(Certificate.ofOfficer(officerId));
        certificates.sort(Comparator.comparing((Certificate c) -> c.issuedOn).reversed());
        List<String> reasons = new ArrayList<>();
        for (Certificate certificate : certificates) {
            if (certificate.inForceOn(on)) {
                return new Eligibility(officer.id, on, true, certificate.number, List.of());
            }
            if (on.isBefore(certificate.issuedOn)) {
                reasons.add("certificate " + certificate.number + " is issued only on " + certificate.issuedOn);
            } else if (on.isAfter(certificate.expiresOn)) {
                reasons.add("certificate " + certificate.number + " expired on " + certificate.expiresOn);
            } else {
                CertificateHistoryEntry step = lastStepOnOrBefore(certificate, on);
                reasons.add("certificate " + certificate.number + " is " + step.statusAfter + " since "
                        + step.effectiveOn);
            }
        }
        if (certificates.isEmpty()) {
            reasons.add("the officer holds no enforcement certificate");
        }
        return new Eligibility(officer.id, on, false, null, reasons);
    }

    /** The answer of {@code GET /officers/{id}/eligibility}. */
    public record Eligibility(UUID officerId, LocalDate on, boolean eligible, String certificateNumber,
            List<String> reasons) {
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
        lockOfficer(certificate.officer.id);
        Panache.getEntityManager().refresh(certificate);
        return certificate;
    }

    private Officer lockOfficer(UUID officerId) {
        return Officer.lockForUpdate(orgUnit.current(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
    }

    private static LocalDate lastStep(Certificate certificate) {
        return certificate.history.get(certificate.history.size() - 1).effectiveOn;
    }

    private static CertificateHistoryEntry lastStepOnOrBefore(Certificate certificate, LocalDate day) {
        CertificateHistoryEntry result = certificate.history.get(0);
        for (CertificateHistoryEntry entry : certificate.history) {
            if (!entry.effectiveOn.isAfter(day)) {
                result = entry;
            }
        }
        return result;
    }
}
