package org.enforcementledger.cases.village;

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
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.security.Roles;
import org.enforcementledger.cases.village.VillageViews.VillageView;

@Path("/api/v1/villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Villages", description = "The villages and communities of the jurisdiction (Dawan has 25)")
@AcceptsIdempotencyKey
public class VillageResource {

    private final VillageService villages;

    public VillageResource(VillageService villages) {
        this.villages = villages;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Add a village or community", description = "The code is unique within the town.")
    public Response create(@Valid @NotNull VillageRequests.NewVillage request) {
        Village village = villages.create(request);
        return Response.created(URI.create("/api/v1/villages/" + village.code)).entity(VillageView.of(village))
                .build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the town's villages and communities")
    public List<VillageView> list() {
        return villages.list().stream().map(VillageView::of).toList();
    }
}
