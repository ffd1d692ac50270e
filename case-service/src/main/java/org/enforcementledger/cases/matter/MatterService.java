package org.enforcementledger.cases.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.rules.CatalogueRules;
import org.enforcementledger.cases.rules.Days;
import org.enforcementledger.cases.rules.InspectionRules;
import org.enforcementledger.cases.rules.RuleSettings;

import io.quarkus.panache.common.Sort;

/** The enforcement catalogue (执法事项清单). */
@ApplicationScoped
public class MatterService {

    private final OrgUnitContext orgUnit;
    private final RuleSettings settings;
    private final Clock clock;

    public MatterService(OrgUnitContext orgUnit, RuleSettings settings, Clock clock) {
        this.orgUnit = orgUnit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Adds a matter: devolved and entrusted ones name their original department (R2.1); the code is unique (409). Its
     * publication (R8.3) is given with it, or recorded later ({@link #recordPublication}); until then it is
     * unpublished.
     */
    @Transactional
    public Matter create(MatterRequests.NewMatter request) {
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw new InvalidFieldException("effectiveTo", "must not be before effectiveFrom");
        }
        boolean blankPlace = request.publishedAt() == null || request.publishedAt().isBlank();
        if (request.publishedOn() != null && blankPlace) {
            throw new InvalidFieldException("publishedAt", "is required with publishedOn");
        }
        if (request.publishedOn() == null && !blankPlace) {
            throw new InvalidFieldException("publishedOn", "is required with publishedAt");
        }
        if (request.publishedOn() != null) {
            Days.notInFuture(request.publishedOn(), LocalDate.now(clock), "publishedOn");
        }
        CatalogueRules.requireOriginalDepartment(request.source(), request.originalDepartment());
        String unit = orgUnit.current();
        if (Matter.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Matter " + request.code() + " exists already.");
        }
        Matter matter = new Matter();
        matter.orgUnit = unit;
        matter.code = request.code();
        matter.name = request.name();
        matter.actType = request.actType();
        matter.source = request.source();
        matter.originalDepartment = request.originalDepartment();
        matter.legalBasis = request.legalBasis();
        matter.effectiveFrom = request.effectiveFrom();
        matter.effectiveTo = request.effectiveTo();
        matter.publishedOn = request.publishedOn();
        matter.publishedAt = request.publishedOn() == null ? null : request.publishedAt();
        matter.persist();
        return matter;
    }

    /** Records when and where a matter was published (R8.3); a publication recorded already is a 409. */
    @Transactional
    public Matter recordPublication(String code, MatterRequests.Publication request) {
        Matter matter = Matter.lockByCode(orgUnit.current(), code)
                .orElseThrow(() -> new NotFoundException("No matter " + code + " in the catalogue."));
        if (matter.publishedOn != null) {
            throw new ConflictException("Matter " + code + " has its publication recorded already: "
                    + matter.publishedOn + " (" + matter.publishedAt + ").");
        }
        Days.notInFuture(request.publishedOn(), LocalDate.now(clock), "publishedOn");
        matter.publishedOn = request.publishedOn();
        matter.publishedAt = request.publishedAt();
        return matter;
    }

    /**
     * R8.3 for an act under the matter on the day: refused when the matter is not published by then; the warning an
     * act under a matter catalogued before publications were recorded is accepted with ("R8.3: …"), if any.
     */
    public Optional<String> requirePublished(Matter matter, LocalDate day) {
        return InspectionRules.requirePublished(matter.code, matter.publishedOn, matter.publishedAt,
                matter.predatesPublicationRecords, day, settings.unrecordedPublication()).map(w -> "R8.3: " + w);
    }

    /** The catalogue the caller may read, by code; only the matters in force on {@code inForceOn} when given. */
    public List<Matter> list(LocalDate inForceOn) {
        return orgUnit.readScope().map(unit -> Matter.<Matter> list("orgUnit", Sort.by("code"), unit))
                .orElseGet(() -> Matter.listAll(Sort.by("code"))).stream()
                .filter(m -> inForceOn == null || CatalogueRules.inForce(m.effectiveFrom, m.effectiveTo, inForceOn))
                .toList();
    }

    /** The town's matter named in a request's {@code field} (a 422 {@code unknown-reference} otherwise). */
    public Matter named(String field, String code) {
        return Matter.findByCode(orgUnit.current(), code).orElseThrow(
                () -> new ReferenceException(field, "No matter " + code + " in the catalogue."));
    }
}
