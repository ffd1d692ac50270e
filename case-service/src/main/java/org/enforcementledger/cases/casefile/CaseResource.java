package org.enforcementledger.cases.casefile;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.casefile.Enums.CaseStatus;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Penalty cases under the Administrative Penalty Law (spec §5)")
@AcceptsIdempotencyKey
public class CaseResource {

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "File a case (立案)", description = "The matter in force (R2.2) and published (R8.3) on "
            + "filedOn; for an entrusted matter a letter valid and published that day (R3.1), the case then acts in "
            + "the entrusting bureau's name (R3.2); within the limitation period (§5.2); at least two officers "
            + "eligible that day (R4.6, R4.1), one of a business office and one of the brigade (§4.5). inspectionId, "
            + "when given, names the town's inspection that found the violation (another town's or an unknown one is "
            + "a 422 naming inspectionId; one conducted after filedOn a 400). Publishes case.filed.v1. An "
            + "externalRef already used in the town is a 409 whose problem names the existing case (existingId, "
            + "existing, Location) and nothing is recorded.")
    public Response file(@Valid @NotNull CaseRequests.NewCase request) {
        UUID id;
        try {
            id = cases.file(request).caseFile().id;
        } catch (DuplicateExternalRefException e) {
            throw cases.existingCase(e);
        }
        return Response.created(URI.create(CaseService.COLLECTION + "/" + id)).entity(cases.view(id)).build();
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Path("/{id}/time-limit-extension")
    @Operation(summary = "Record an approved extension of the 90-day decision limit (§5.4)")
    public CaseViews.CaseView extend(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Extension request) {
        cases.extend(id, request);
        return cases.view(id);
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Decide the case", description = "One decision per case (a second is a 409). Simple "
            + "procedure: a warning or a fine of at most 200 yuan (person) / 3,000 (organisation) (§5.3). A hearing "
            + "must have been offered from 5,000 / 50,000 yuan or for the heavy kinds, and a legal review passed "
            + "after a hearing (§5.4); a first-time reviewer holds the legal professional qualification (R4.5). "
            + "Within 90 days of filing plus extensions. Each handling officer is still eligible on decidedOn (R4.1: "
            + "not departed, in an enforcement post, holding a certificate in force). Publishes case.decided.v1.")
    public CaseViews.CaseView decide(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.NewDecision request) {
        cases.decide(id, request);
        return cases.view(id);
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @POST
    @Path("/{id}/decision/amendment")
    @Operation(summary = "Amend the decision", description = "Replaces its outcome and penalties (e.g. after a "
            + "reconsideration changed the amount). Publishes case.decision-amended.v1.")
    public CaseViews.CaseView amend(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Amendment request) {
        cases.amend(id, request);
        return cases.view(id);
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close a decided case (结案)", description = "Publishes case.closed.v1.")
    public CaseViews.CaseView close(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Closure request) {
        cases.close(id, request);
        return cases.view(id);
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @POST
    @Path("/{id}/reviews")
    @Operation(summary = "Record a reconsideration or lawsuit against the decision", description = "Publishes "
            + "case.review-filed.v1.")
    public Response fileReview(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.NewReview request) {
        Review review = cases.fileReview(id, request);
        return Response.created(URI.create(CaseService.COLLECTION + "/" + id + "/reviews/" + review.id))
                .entity(CaseViews.ReviewView.of(review)).build();
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @POST
    @Path("/{id}/reviews/{reviewId}/outcome")
    @Operation(summary = "Record how a reconsideration or lawsuit ended", description = "MODIFIED, REVOKED, "
            + "CONFIRMED_ILLEGAL, CONFIRMED_VOID and ORDERED_PERFORMANCE count as corrections (spec §10.3). Publishes "
            + "case.review-concluded.v1.")
    public CaseViews.ReviewView concludeReview(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @Valid @NotNull CaseRequests.Conclusion request) {
        return CaseViews.ReviewView.of(cases.concludeReview(id, reviewId, request));
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case with its decision, reviews and full history")
    public CaseViews.CaseView get(@PathParam("id") UUID id) {
        return cases.view(id);
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List cases", description = "Filtered by year of filing, status, village, matter and "
            + "external reference; paged, "
            + "newest filing first. Party ID numbers are masked.")
    public CaseViews.CasePage list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") CaseStatus status, @QueryParam("villageCode") String villageCode,
            @QueryParam("matterCode") String matterCode,
            @Parameter(description = "The district platform's id of the case") @QueryParam("externalRef") String externalRef,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return cases.list(new CaseRequests.CaseQuery(year, status, villageCode, matterCode, externalRef, page, size));
    }
}
