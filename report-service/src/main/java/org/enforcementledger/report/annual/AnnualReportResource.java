package org.enforcementledger.report.annual;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

/** The statistics part of the town's annual report, by content negotiation. */
@Path("/api/v1/reports/{year}/annual-report")
@Tag(name = "Reports")
public class AnnualReportResource {

    public static final String MARKDOWN = "text/markdown;charset=UTF-8";
    public static final String HTML = "text/html;charset=UTF-8";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AnnualReportWriter writer;
    private final ReportScope scope;

    public AnnualReportResource(AnnualReportWriter writer, ReportScope scope) {
        this.writer = writer;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Produces({ MARKDOWN, HTML, DOCX })
    @Operation(summary = "The annual report's statistics in Chinese: Markdown (the default), HTML or Word by Accept",
            description = "Written from the year's figures, e.g. \"累计实施行政处罚 119 件，累计处罚金额 4000 余元；行政强制 0、"
                    + "行政征收征用 0、联合行政检查 40 余次、行政复议或行政诉讼案件的发生率为 0。\"")
    public Response report(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to the caller's own (district roles must name one)") @QueryParam("orgUnit") String orgUnit,
            @Context HttpHeaders headers) {
        Document document = writer.write(scope.town(orgUnit), year);
        String type = Negotiation.choose(headers, MARKDOWN, HTML, DOCX);
        if (type.equals(DOCX)) {
            return Response.ok(Renderers.docx(document), DOCX)
                    .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".docx\"").build();
        }
        return Response.ok(type.equals(HTML) ? Renderers.html(document) : Renderers.markdown(document), type).build();
    }

}
