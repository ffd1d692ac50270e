package org.enforcementledger.cases.enforcementbody;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.enforcementbody.EnforcementBodyViews.BodyView;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/enforcement-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement bodies", description = "The bodies joint inspections are carried out with (执法主体, R8.7)")
@AcceptsIdempotencyKey
public class EnforcementBodyResource {

    private final EnforcementBodyService bodies;

    public EnforcementBodyResource(EnforcementBodyService bodies) {
        this.bodies = bodies;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Register an enforcement body", description = "A district bureau, a fire and rescue body, a "
            + "neighbouring town or another body. The code is unique within the town. The town's own body is "
            + "implicit (its code is the town's org-unit code, kind TOWN_GOVERNMENT): its offices and brigade are "
            + "that one body, so registering a TOWN_GOVERNMENT is a 400 and its code a 409.")
    public Response create(@Valid @NotNull EnforcementBodyRequests.NewBody request) {
        EnforcementBody body = bodies.create(request);
        return Response.created(URI.create("/api/v1/enforcement-bodies/" + body.code)).entity(BodyView.of(body))
                .build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the town's enforcement bodies", description = "The town's own body first, then the "
            + "registered ones by code.")
    public List<BodyView> list() {
        return bodies.list();
    }
}
