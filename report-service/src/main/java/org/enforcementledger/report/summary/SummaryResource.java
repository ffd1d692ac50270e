package org.enforcementledger.report.summary;

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

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/reports/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual enforcement statistics, kept current from the event log")
public class SummaryResource {

    /** Clients may keep the summary but must ask again each time: it changes with every batch of events. */
    private static final String CACHE_CONTROL = "no-cache";

    private final SummaryService summaries;

    public SummaryResource(SummaryService summaries) {
        this.summaries = summaries;
    }

    /**
     * On the event loop: the summary is usually in memory, already serialized, and otherwise computed on a thread of
     * SummaryService's own, so no request waits for a worker thread.
     */
    @GET
    @NonBlocking
    @Operation(summary = "Headline figures of a year", description = "Derived from events only; nothing is typed in.")
    @APIResponse(responseCode = "200", description = "The figures; 304 when If-None-Match names the current ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryService.Summary.class)))
    public Uni<Response> summary(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to this installation's") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "The ETag of a summary the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Uni.createFrom().completionStage(summaries.rendered(summaries.orgUnitOrDefault(orgUnit), year))
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
