package org.enforcementledger.report.annual;

import java.util.List;

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

/** The annual statistical tables as a workbook (one sheet per table) or as CSV. */
@Path("/api/v1/reports/{year}/export")
@Tag(name = "Reports")
public class ExportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";

    private final StatisticalTables tables;
    private final ReportScope scope;

    public ExportResource(StatisticalTables tables, ReportScope scope) {
        this.tables = tables;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Produces({ XLSX, CSV })
    @Operation(summary = "The annual statistical tables (行政执法统计年报, spec §11.2–§11.5)",
            description = "An .xlsx workbook with one sheet per table (the default); Accept: text/csv gives the same "
                    + "tables as CSV (each table: its title line, its header, its rows, the notes that define its"
                    + " figures and rates, then an empty line). In the workbook the notes stand under each table,"
                    + " after an empty row.")
    public Response export(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to the caller's own (district roles must name one)") @QueryParam("orgUnit") String orgUnit,
            @Context HttpHeaders headers) {
        return Negotiation.choose(headers, XLSX, CSV).equals(CSV) ? csv(year, orgUnit) : xlsx(year, orgUnit);
    }

    private Response xlsx(int year, String orgUnit) {
        return Response.ok(Renderers.xlsx(tables(orgUnit, year)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"enforcement-statistics-" + year + ".xlsx\"")
                .build();
    }

    private Response csv(int year, String orgUnit) {
        return Response.ok(Renderers.csv(tables(orgUnit, year)), CSV)
                .header("Content-Disposition", "attachment; filename=\"enforcement-statistics-" + year + ".csv\"")
                .build();
    }

    private List<Document.Table> tables(String orgUnit, int year) {
        return tables.tables(scope.town(orgUnit), year);
    }
}
