package org.enforcementledger.report.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.problem.ConflictException;
import org.enforcementledger.report.problem.InvalidFieldException;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/reports/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Rebuilding the aggregates from the event log")
public class RebuildResource {

    /**
     * How long a key replays its first answer. Keys live in memory: report-service runs as one instance, and a
     * rebuild repeated after a restart has the same effect as one (the figures are recomputed from the same log).
     */
    private static final Duration KEY_RETENTION = Duration.ofHours(24);

    private record Started(Instant at, Rebuild.Progress progress) {
    }

    private final Rebuild rebuild;
    private final SecurityIdentity caller;
    private final JsonWebToken token;
    private final Map<String, Started> keys = new ConcurrentHashMap<>();

    public RebuildResource(Rebuild rebuild, SecurityIdentity caller, JsonWebToken token) {
        this.rebuild = rebuild;
        this.caller = caller;
        this.token = token;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Rebuild every aggregate from the topics", description = "Replays all events into a fresh "
            + "schema while the API keeps serving the current figures, then switches in one transaction. 202 with the "
            + "progress; follow it in GET /api/v1/reports/status (rebuild) and the log. 409 while one is running. "
            + "With an Idempotency-Key, a repeat within 24 h answers the first 202 again and starts nothing. Only the "
            + "installation's admin (a token without orgunit) may rebuild: a town's admin gets 403.")
    public Response start(@Parameter(description = "Makes a retried request safe: 1–200 printable ASCII characters",
            example = "7c4e3f52-rebuild-2025-01-31") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (token.getClaim(ReportScope.CLAIM) != null) {
            throw new ForbiddenException("A rebuild replays every town's events: only the installation's admin, whose "
                    + "token names no orgunit, may start one.");
        }
        if (idempotencyKey == null) {
            return Response.accepted(startOrConflict()).build();
        }
        if (!idempotencyKey.matches("[\\x21-\\x7e][\\x20-\\x7e]{0,199}")) {
            throw new InvalidFieldException("Idempotency-Key", "must be 1 to 200 printable ASCII characters");
        }
        Instant now = Instant.now();
        keys.values().removeIf(started -> started.at().isBefore(now.minus(KEY_RETENTION)));
        boolean[] first = { false };
        Started started = keys.computeIfAbsent(caller.getPrincipal().getName() + "\n" + idempotencyKey, key -> {
            first[0] = true;
            return new Started(now, startOrConflict());
        });
        return Response.accepted(started.progress()).header("Idempotent-Replayed", !first[0]).build();
    }

    private Rebuild.Progress startOrConflict() {
        if (!rebuild.start()) {
            throw new ConflictException("A rebuild is running already; see GET /api/v1/reports/status.");
        }
        return rebuild.progress();
    }
}
