package org.enforcementledger.cases.matter;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.matter.MatterViews.MatterView;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/matters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The enforcement catalogue (执法事项清单) and entrustment letters")
@AcceptsIdempotencyKey
public class MatterResource {

    private final MatterService matters;

    public MatterResource(MatterService matters) {
        this.matters = matters;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Add a matter to the catalogue", description = "Devolved and entrusted matters name their "
            + "original department (R2.1). The code is unique within the town. Without publishedOn and publishedAt "
            + "the matter is unpublished: inspections and cases under it are refused (R8.3) until its publication is "
            + "recorded.")
    public Response create(@Valid @NotNull MatterRequests.NewMatter request) {
        Matter matter = matters.create(request);
        return Response.created(URI.create("/api/v1/matters/" + matter.code)).entity(MatterView.of(matter)).build();
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Path("/{code}/publication")
    @Operation(summary = "Record a matter's publication", description = "When and where the matter was published "
            + "(R8.3): inspections and cases under it are accepted from that day. A publication recorded already is a "
            + "409; another town's or an unknown matter a 404.")
    public MatterView publish(@PathParam("code") String code, @Valid @NotNull MatterRequests.Publication request) {
        return MatterView.of(matters.recordPublication(code, request));
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the catalogue", description = "Optionally only the matters in force on a day.")
    public List<MatterView> list(@QueryParam("inForceOn") LocalDate inForceOn) {
        return matters.list(inForceOn).stream().map(MatterView::of).toList();
    }
}
