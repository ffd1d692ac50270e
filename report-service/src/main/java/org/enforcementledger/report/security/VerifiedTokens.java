package org.enforcementledger.report.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Bearer tokens quarkus-oidc has verified, with the identity it built, kept until each token expires.
 *
 * <p>
 * Dashboards and the district platform poll the figures with the same token again and again; verifying its RS256
 * signature and claims on every request cost report-service ten times its summary throughput (docs/benchmarks.md).
 * A token is only ever entered here after quarkus-oidc accepted it, under its exact text, and only until its own
 * {@code exp}: what a cached answer says is what verification would say again, except that a provider-side
 * revocation is noticed at expiry rather than at once — as with any stateless JWT.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    /** A district's users and systems hold far fewer live tokens; past this the map starts afresh. */
    private static final int CAPACITY = 10_000;

    /**
     * What a verified token stands for. Not the identity quarkus-oidc built: that one holds request-bound attributes
     * (the first request's routing context), so each request gets an identity of its own from these.
     */
    private record Verified(JsonWebToken principal, Set<String> roles, Set<Credential> credentials,
            long expiresAtEpochSecond) {

        SecurityIdentity identity() {
            return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRoles(roles)
                    .addCredentials(credentials).build();
        }
    }

    private final Clock clock;
    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** Runs after every other augmentor, so that what is kept is the identity as the request saw it. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null
                && token.getExpirationTime() > 0) {
            if (byToken.size() >= CAPACITY) {
                byToken.clear();
            }
            byToken.put(token.getRawToken(), new Verified(token, Set.copyOf(identity.getRoles()),
                    Set.copyOf(identity.getCredentials()), token.getExpirationTime()));
        }
        return Uni.createFrom().item(identity);
    }

    /** A fresh identity for a token verified before and not yet expired. */
    public Optional<SecurityIdentity> lookup(String rawToken) {
        Verified verified = byToken.get(rawToken);
        if (verified == null) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() >= verified.expiresAtEpochSecond()) {
            byToken.remove(rawToken, verified);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }
}
