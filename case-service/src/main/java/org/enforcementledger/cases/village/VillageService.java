package org.enforcementledger.cases.village;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.ReferenceException;

import io.quarkus.panache.common.Sort;

/** The town's villages and communities (行政村/社区). */
@ApplicationScoped
public class VillageService {

    private final OrgUnitContext orgUnit;

    public VillageService(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    /** Adds a village; its code is unique within the town (409). */
    @Transactional
    public Village create(VillageRequests.NewVillage request) {
        String unit = orgUnit.current();
        if (Village.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Village " + request.code() + " exists already.");
        }
        Village village = new Village();
        village.orgUnit = unit;
        village.code = request.code();
        village.name = request.name();
        village.persist();
        return village;
    }

    /** The villages the caller may read, by code. */
    public List<Village> list() {
        return orgUnit.readScope().map(unit -> Village.<Village> list("orgUnit", Sort.by("code"), unit))
                .orElseGet(() -> Village.listAll(Sort.by("code")));
    }

    /** The town's village named in a request's {@code villageCode} (a 422 {@code unknown-reference} otherwise). */
    public Village named(String code) {
        return Village.findByCode(orgUnit.current(), code).orElseThrow(
                () -> new ReferenceException("villageCode", "No village " + code + " in this town."));
    }
}
