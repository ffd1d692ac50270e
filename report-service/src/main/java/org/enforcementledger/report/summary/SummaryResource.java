package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.personnel.CertificateIssuedHandler;
import org.enforcementledger.report.status.ConsumerState;

@Path("/api/v1/reports/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual enforcement statistics, kept current from the event log")
public class SummaryResource {

    @Schema(name = "PersonnelFigures")
    public record PersonnelFigures(
            @Schema(description = "Certificates issued in the year (新增考取行政执法证)", example = "4") long certificatesIssued) {
    }

    @Schema(name = "Summary")
    public record Summary(@Schema(example = "2024") int year, @Schema(example = "500112-dawan") String orgUnit,
            @Schema(description = "Time of the last event applied") OffsetDateTime asOf, PersonnelFigures personnel) {
    }

    private final String defaultOrgUnit;

    public SummaryResource(@ConfigProperty(name = "ledger.org-unit") String defaultOrgUnit) {
        this.defaultOrgUnit = defaultOrgUnit;
    }

    @GET
    @Operation(summary = "Headline figures of a year", description = "Derived from events only; nothing is typed in.")
    public Summary summary(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to this installation's") @QueryParam("orgUnit") String orgUnit) {
        String unit = orgUnit == null || orgUnit.isBlank() ? defaultOrgUnit : orgUnit;
        Map<String, BigDecimal> figures = AnnualFigure.ofYear(unit, year).stream()
                .collect(Collectors.toMap(f -> f.key.figure(), f -> f.value));
        return new Summary(year, unit, ConsumerState.current().lastEventTime,
                new PersonnelFigures(count(figures, CertificateIssuedHandler.CERTIFICATES_ISSUED)));
    }

    private static long count(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO).longValueExact();
    }
}
