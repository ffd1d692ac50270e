package org.enforcementledger.cases.matter;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.rules.CatalogueRules;

import io.quarkus.panache.common.Sort;

/** The enforcement catalogue (执法事项清单). */
@ApplicationScoped
public class MatterService {

    private final OrgUnitContext orgUnit;

    public MatterService(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    /** Adds a matter: devolved and entrusted ones name their original department (R2.1); the code is unique (409). */
    @Transactional
    public Matter create(MatterRequests.NewMatter request) {
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw new InvalidFieldException("effectiveTo", "must not be before effectiveFrom");
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
        matter.persist();
        return matter;
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
