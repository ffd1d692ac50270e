package org.enforcementledger.report.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcementledger.report.problem.InvalidFieldException;
import org.enforcementledger.report.problem.NotFoundException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which town's figures (乡镇/街道, by org-unit code) the caller may read. A town's callers read their own town, named by
 * the token's {@code orgunit} claim; asking for another answers 404, as if it did not exist. A
 * {@code district-supervisor} reads any town with {@code ?orgUnit=}, or the district roll-up without it.
 */
@RequestScoped
public class ReportScope {

    public static final String CLAIM = "orgunit";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ReportScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The town to answer for; empty means the district roll-up (district roles only). */
    public Optional<String> resolve(String requested) {
        Optional<String> named = Optional.ofNullable(requested).filter(s -> !s.isBlank());
        if (identity.hasRole(Roles.DISTRICT_SUPERVISOR)) {
            return named;
        }
        String own = tokenOrgUnit().orElseThrow(() -> new ForbiddenException(
                "The token carries no '" + CLAIM + "' claim, so there is no town to report on."));
        if (named.isPresent() && !named.get().equals(own)) {
            throw new NotFoundException("No figures for org unit " + named.get() + ".");
        }
        return Optional.of(own);
    }

    /** A town for the reports that exist per town only (breakdowns, officers, the annual report and its tables). */
    public String town(String requested) {
        return resolve(requested).orElseThrow(() -> new InvalidFieldException(
                "orgUnit", "name the town: only the summary is given as a district roll-up"));
    }

    /**
     * The caller's own town, for acts a town does for itself (publishing its year): the token's {@code orgunit}, whatever
     * the roles — a district supervisor acts for no town. Naming another town is a 404, as if it did not exist.
     */
    public String ownTown(String requested) {
        String own = tokenOrgUnit().orElseThrow(() -> new ForbiddenException(
                "The token carries no '" + CLAIM + "' claim: only a town's own callers act for it."));
        if (requested != null && !requested.isBlank() && !requested.equals(own)) {
            throw new NotFoundException("No figures for org unit " + requested + ".");
        }
        return own;
    }

    /** Who the caller is, as the token names them (preferred_username, else the subject). */
    public String actor() {
        return identity.getPrincipal().getName();
    }

    private Optional<String> tokenOrgUnit() {
        Object claim = token.getClaim(CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }
}
