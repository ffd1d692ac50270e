package org.enforcementledger.cases.enforcementbody;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.enforcementbody.EnforcementBodyViews.BodyView;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.ReferenceException;

import io.quarkus.panache.common.Sort;

/**
 * The town's register of enforcement bodies (执法主体). The town's own body is implicit: its code is the town's org-unit
 * code and its kind {@code TOWN_GOVERNMENT}; its offices and brigade are all that one body.
 */
@ApplicationScoped
public class EnforcementBodyService {

    /** The name the town's own body is listed with. */
    static final String TOWN_BODY_NAME = "本级人民政府（街道办事处）";

    private final OrgUnitContext orgUnit;

    public EnforcementBodyService(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    /** Registers a body; the code is unique within the town, the town's own code included (409). */
    @Transactional
    public EnforcementBody create(EnforcementBodyRequests.NewBody request) {
        String unit = orgUnit.current();
        if (request.kind() == EnforcementBody.Kind.TOWN_GOVERNMENT) {
            throw new InvalidFieldException("kind", "the town's own body is implicit (code " + unit
                    + "); register the other bodies");
        }
        if (request.code().equals(unit) || EnforcementBody.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Enforcement body " + request.code() + " exists already"
                    + (request.code().equals(unit) ? ": it is the town's own body." : "."));
        }
        EnforcementBody body = new EnforcementBody();
        body.orgUnit = unit;
        body.code = request.code();
        body.name = request.name();
        body.kind = request.kind();
        body.persist();
        return body;
    }

    /** The town's own body first, then the registered ones by code; a district-wide read lists the registered only. */
    public List<BodyView> list() {
        return orgUnit.readScope().map(unit -> {
            List<BodyView> bodies = new ArrayList<>();
            bodies.add(townBody(unit));
            EnforcementBody.<EnforcementBody> list("orgUnit", Sort.by("code"), unit).stream().map(BodyView::of)
                    .forEach(bodies::add);
            return bodies;
        }).orElseGet(() -> EnforcementBody.<EnforcementBody> listAll(Sort.by("code")).stream().map(BodyView::of)
                .toList());
    }

    /** The caller's town as an enforcement body. */
    public String townCode() {
        return orgUnit.current();
    }

    /** The town's body named in a request's {@code field} (a 422 {@code unknown-reference} otherwise). */
    public BodyView named(String field, String code) {
        String unit = orgUnit.current();
        if (code.equals(unit)) {
            return townBody(unit);
        }
        return EnforcementBody.findByCode(unit, code).map(BodyView::of).orElseThrow(() -> new ReferenceException(
                field, "No enforcement body " + code + " in this town's register."));
    }

    private static BodyView townBody(String unit) {
        return new BodyView(unit, TOWN_BODY_NAME, EnforcementBody.Kind.TOWN_GOVERNMENT);
    }
}
