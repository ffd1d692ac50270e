package org.enforcementledger.cases.entrustment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.MatterService;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.rules.EntrustmentRules;

import io.quarkus.panache.common.Sort;

/** Entrustment letters (行政执法委托书) from district bureaus, and the letter an entrusted act rests on. */
@ApplicationScoped
public class EntrustmentService {

    private final OrgUnitContext orgUnit;
    private final MatterService matters;

    public EntrustmentService(OrgUnitContext orgUnit, MatterService matters) {
        this.orgUnit = orgUnit;
        this.matters = matters;
    }

    /** Records a letter naming entrusted matters only (R3.1), never a coercion matter (R3.5); numbers are unique. */
    @Transactional
    public Entrustment create(EntrustmentRequests.NewEntrustment request) {
        if (request.validUntil().isBefore(request.validFrom())) {
            throw new InvalidFieldException("validUntil", "must not be before validFrom");
        }
        String unit = orgUnit.current();
        if (Entrustment.count("orgUnit = ?1 and number = ?2", unit, request.number()) > 0) {
            throw new ConflictException("Entrustment " + request.number() + " exists already.");
        }
        Entrustment entrustment = new Entrustment();
        entrustment.orgUnit = unit;
        entrustment.number = request.number();
        entrustment.entrustingAuthority = request.entrustingAuthority();
        entrustment.validFrom = request.validFrom();
        entrustment.validUntil = request.validUntil();
        entrustment.publishedOn = request.publishedOn();
        for (String code : request.matterCodes()) {
            Matter matter = matters.named("matterCodes", code);
            EntrustmentRules.requireEntrustable(matter.code, matter.actType, matter.source);
            entrustment.matters.add(matter);
        }
        entrustment.persist();
        return entrustment;
    }

    /** The letters the caller may read, by validity start and number. */
    public List<Entrustment> list() {
        Sort order = Sort.by("validFrom").and("number");
        return orgUnit.readScope().map(unit -> Entrustment.<Entrustment> list("orgUnit", order, unit))
                .orElseGet(() -> Entrustment.listAll(order));
    }

    /**
     * The letter an act under the matter on the day rests on (R3.1; the act is then done in the entrusting
     * authority's name, R3.2). Empty for statutory and devolved matters, which act in the town's own name.
     */
    public Optional<EntrustmentRules.Letter> authorisingLetter(Matter matter, LocalDate day) {
        if (matter.source != PowerSource.ENTRUSTED) {
            return Optional.empty();
        }
        List<EntrustmentRules.Letter> letters = Entrustment.covering(matter).stream()
                .map(e -> new EntrustmentRules.Letter(e.number, e.entrustingAuthority, e.validFrom, e.validUntil,
                        e.publishedOn))
                .toList();
        return Optional.of(EntrustmentRules.authorisingLetter(matter.code, day, letters));
    }
}
