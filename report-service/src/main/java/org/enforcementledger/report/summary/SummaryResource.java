package org.enforcementledger.report.summary;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/v1/reports/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual enforcement statistics, kept current from the event log")
public class SummaryResource {

    /** Clients may keep the summary but must ask again each time: it changes with every batch of events. */
    private static final String CACHE_CONTROL = "no-cache";

    private final SummaryCache summaries;
    private final ReportScope scope;

    public SummaryResource(SummaryCache summaries, ReportScope scope) {
        this.summaries = summaries;
        this.scope = scope;
    }

    /**
     * On the event loop: the summary is usually in memory, already serialized, and otherwise computed on a thread of
     * SummaryCache's own, so no request waits for a worker thread. The district roll-up, read rarely, is summed on a
     * worker thread.
     */
    @RolesAllowed({ Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @NonBlocking
    @Operation(summary = "Headline figures of a year", description = "Derived from events only; nothing is typed in. "
            + "A town's callers get their town; a district-supervisor gets the town named by orgUnit, or without it "
            + "the district roll-up (orgUnit \"district\"): the sum of the towns, rates recomputed from the sums.")
    @APIResponse(responseCode = "200", description = "The figures; 304 when If-None-Match names the current ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Summary.class)))
    public Uni<Response> summary(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to the caller's own") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "The ETag of a summary the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Optional<String> town = scope.resolve(orgUnit);
        if (town.isEmpty()) {
            return Uni.createFrom().item(() -> Response.ok(summaries.districtSummary(year))
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build())
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().completionStage(summaries.rendered(town.get(), year))
                .map(rendered -> (matches(ifNoneMatch, rendered.etag()) ? Response.notModified()
                        : Response.ok(rendered.json())).tag(rendered.etag())
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
    }

    /** RFC 9110 §13.1.2: a weak comparison against each tag listed, or any tag for "*". */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = '"' + etag + '"';
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(quoted) || candidate.equals("W/" + quoted)) {
                return true;
            }
        }
        return false;
    }
}
