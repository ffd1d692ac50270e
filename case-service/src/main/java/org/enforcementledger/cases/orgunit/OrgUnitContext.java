package org.enforcementledger.cases.orgunit;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcementledger.cases.security.Roles;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The caller of this request: who they are, and which town or street (乡镇/街道, by org-unit code) they act for.
 *
 * <p>
 * The org unit comes from the token's {@code orgunit} claim, never from the request body. Records are written to it,
 * and a town's callers read only its records: another town's record answers 404, as if it did not exist. A
 * {@code district-supervisor} reads every town, or one town with {@code ?orgUnit=}.
 */
@RequestScoped
public class OrgUnitContext {

    public static final String CLAIM = "orgunit";
    public static final String QUERY_PARAMETER = "orgUnit";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final RoutingContext request;

    public OrgUnitContext(SecurityIdentity identity, JsonWebToken token, RoutingContext request) {
        this.identity = identity;
        this.token = token;
        this.request = request;
    }

    /** The org unit the caller writes to. */
    public String current() {
        return tokenOrgUnit().orElseThrow(() -> new ForbiddenException(
                "The token carries no '" + CLAIM + "' claim, so there is no town to record this for."));
    }

    /** The org unit the caller reads; empty means every town (a district role without {@code ?orgUnit=}). */
    public Optional<String> readScope() {
        if (districtWide()) {
            return Optional.ofNullable(request.queryParams().get(QUERY_PARAMETER)).filter(s -> !s.isBlank());
        }
        return Optional.of(current());
    }

    /** Whether the caller may read a record of this org unit. */
    public boolean canRead(String orgUnit) {
        return readScope().map(orgUnit::equals).orElse(true);
    }

    /** Who is acting, for the audit trail and the events: the token's user or client name. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private boolean districtWide() {
        return identity.hasRole(Roles.DISTRICT_SUPERVISOR);
    }

    private Optional<String> tokenOrgUnit() {
        Object claim = token.getClaim(CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }
}
