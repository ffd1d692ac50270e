package org.enforcementledger.report.publication;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.annual.AnnualReportResource;
import org.enforcementledger.report.annual.ExportResource;
import org.enforcementledger.report.problem.NotFoundException;
import org.enforcementledger.report.publication.PublicationApi.Diff;
import org.enforcementledger.report.publication.PublicationApi.Publication;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

/** A town's publication (公布) of a year, its corrections (更正), its files, and what moved since. */
@Path("/api/v1/reports/{year}/publication")
@Tag(name = "Publications", description = "A town publishes a year's figures after it ends, by 31 January (spec §11.1);"
        + " a publication never changes, a correction is a new numbered one")
public class PublicationResource {

    private static final String TOWN = "Town or street code; defaults to the caller's own (district roles must name one)";

    private final Publications publications;
    private final ReportScope scope;

    public PublicationResource(Publications publications, ReportScope scope) {
        this.publications = publications;
        this.scope = scope;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the town's year (公布), or correct its last publication (更正)",
            description = "Freezes the year's summary, breakdowns, officers report, statistical tables and annual"
                    + " report as they stand, with who and when. The first publication is number 1; publishing again"
                    + " is a correction, numbered on, naming the publication it corrects and every figure it corrects"
                    + " with the events that moved it. A year is published after it ends (422, §11.1, naming year);"
                    + " a town without figures of the year has nothing to publish (404, naming orgUnit); nothing"
                    + " changed since the last publication is a 409. The town's own admin only.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publication.class)))
    public Response publish(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "The caller's own town, if named; another is a 404") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Repeats with the same key by the same user give the first answer") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid PublicationApi.Request request) {
        String town = scope.ownTown(orgUnit);
        Publications.Published published = publications.publish(town, year, scope.actor(),
                request == null ? null : request.note(), idempotencyKey);
        Publication publication = published.publication();
        return Response.created(URI.create("/api/v1/reports/" + year + "/publication/" + publication.number()))
                .entity(publication).header("Idempotent-Replayed", published.replayed()).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The town's publication of the year: its last, a correction if there is one",
            description = "With its figures as published and its files (.md, .html, .docx, .xlsx, .csv).")
    public Publication latest(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = TOWN) @QueryParam("orgUnit") String orgUnit) {
        String town = scope.town(orgUnit);
        return publications.latest(town, year).orElseThrow(() -> none(town, year));
    }

    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every figure where the live figures differ from the last publication",
            description = "Each with its published and live value and the events applied after the publication that"
                    + " could have moved it: those that moved it, for a running figure; for a figure computed when"
                    + " asked (inspections, officers in post, 持证率, training per officer, exams), the town's events of"
                    + " the kinds it is made of that concern the year (report-service README, \"Publication\").")
    public Diff diff(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = TOWN) @QueryParam("orgUnit") String orgUnit) {
        String town = scope.town(orgUnit);
        return publications.diff(town, year).orElseThrow(() -> none(town, year));
    }

    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One publication of the year, by number: 1 the publication, later ones its corrections")
    public Publication numbered(@PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("number") String number,
            @Parameter(description = TOWN) @QueryParam("orgUnit") String orgUnit) {
        String town = scope.town(orgUnit);
        int n = number(number, town, year);
        return publications.numbered(town, year, n).orElseThrow(() -> none(town, year, n));
    }

    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("{number}/files/{name}")
    @Produces({ AnnualReportResource.MARKDOWN, AnnualReportResource.HTML, AnnualReportResource.DOCX,
            ExportResource.XLSX, ExportResource.CSV })
    @Operation(summary = "A file of a publication, byte for byte as rendered when it was published",
            description = "annual-report.md, annual-report.html, annual-report.docx, statistical-tables.xlsx,"
                    + " statistical-tables.csv; as an attachment named after the town, year and publication.")
    public Response file(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("number") String number,
            @PathParam("name") String name, @Parameter(description = TOWN) @QueryParam("orgUnit") String orgUnit) {
        String town = scope.town(orgUnit);
        int n = number(number, town, year);
        Publications.StoredFile file = publications.file(town, year, n, name)
                .orElseThrow(() -> new NotFoundException("Publication " + n + " of " + year + " for org unit " + town
                        + " has no file " + name + "."));
        return Response.ok(file.content(), file.mediaType()).header("Content-Disposition",
                "attachment; filename=\"" + town + "-" + year + "-publication-" + n + "-" + file.name() + "\"")
                .build();
    }

    private static int number(String number, String town, int year) {
        if (!number.matches("[1-9]\\d{0,8}")) {
            throw new NotFoundException("No publication " + number + " of " + year + " for org unit " + town + ".");
        }
        return Integer.parseInt(number);
    }

    private static NotFoundException none(String town, int year) {
        return new NotFoundException("Org unit " + town + " has not published " + year + ".");
    }

    private static NotFoundException none(String town, int year, int number) {
        return new NotFoundException("No publication " + number + " of " + year + " for org unit " + town + ".");
    }
}
