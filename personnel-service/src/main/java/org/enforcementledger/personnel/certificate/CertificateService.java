package org.enforcementledger.personnel.certificate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.officer.OfficerStatus;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.problem.RuleViolationException;

@ApplicationScoped
public class CertificateService {

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;

    public CertificateService(OrgUnitContext orgUnit, EventPublisher events) {
        this.orgUnit = orgUnit;
        this.events = events;
    }

    /**
     * Issues a certificate to an officer (spec §4.1, R4.2): only to an active officer in an enforcement post, with
     * no other certificate in force on the issue day, under a number no other certificate has.
     */
    @Transactional
    public Certificate issue(UUID officerId, CertificateResource.NewCertificate request) {
        if (!request.expiresOn().isAfter(request.issuedOn())) {
            throw new InvalidFieldException("expiresOn", "must be after issuedOn");
        }
        Officer officer = Officer.lockForUpdate(orgUnit.current(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        if (officer.status == OfficerStatus.DEPARTED) {
            throw new RuleViolationException("§4.1", "officer " + officerId + " has left the enforcement staff.");
        }
        if (!officer.enforcementPost) {
            throw new RuleViolationException("§4.1",
                    "only officers in an enforcement post may hold an enforcement certificate.");
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
        certificate.persist();
        events.publish(CertificateEvents.ISSUED, officer.id.toString(), officer.orgUnit,
                new CertificateEvents.CertificateIssued(certificate.number, officer.id, officer.department.code,
                        officer.department.kind, certificate.issuingAuthority, certificate.issuedOn,
                        certificate.expiresOn, List.of(certificate.domains)));
        return certificate;
    }

    public Certificate get(String number) {
        return Certificate.findByNumber(number)
                .orElseThrow(() -> new NotFoundException("No certificate " + number + "."));
    }
}
