package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.enforcementledger.report.personnel.CertificateEventsHandler;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.personnel.PersonnelFigures.Rate;
import org.enforcementledger.report.personnel.TrainingAndExamEventsHandler;
import org.enforcementledger.report.status.ConsumerState;

@Path("/api/v1/reports/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual enforcement statistics, kept current from the event log")
public class SummaryResource {

    @Schema(name = "PersonnelSummary", description = "Spec §11.5")
    public record Personnel(
            @Schema(description = "Officers in an enforcement post at some time in the year", example = "12") long officers,
            @Schema(description = "Officers holding a valid certificate on 31 December (today for the current year)", example = "12") long certifiedAtYearEnd,
            @Schema(description = "新增考取行政执法证", example = "4") long certificatesIssued,
            @Schema(description = "暂扣, by effective day", example = "0") long certificatesSuspended,
            @Schema(description = "注销, by effective day", example = "1") long certificatesCancelled,
            @Schema(description = "吊销, by effective day", example = "0") long certificatesRevoked,
            @Schema(description = "Class hours completed in the year, all officers", example = "780.5") BigDecimal trainingHoursTotal,
            @Schema(description = "Officers whose hours in the year reach the target (R4.3)", example = "11") long officersMeetingTrainingTarget,
            Rate trainingTargetRate,
            @Schema(description = "Annual legal exams sat in the year (R4.4)", example = "12") long examsTaken,
            @Schema(example = "12") long examsPassed) {
    }

    @Schema(name = "Summary")
    public record Summary(@Schema(example = "2024") int year, @Schema(example = "500112-dawan") String orgUnit,
            @Schema(description = "Time of the last event applied") OffsetDateTime asOf, Personnel personnel) {
    }

    private final PersonnelFigures personnelFigures;
    private final String defaultOrgUnit;

    public SummaryResource(PersonnelFigures personnelFigures,
            @ConfigProperty(name = "ledger.org-unit") String defaultOrgUnit) {
        this.personnelFigures = personnelFigures;
        this.defaultOrgUnit = defaultOrgUnit;
    }

    @GET
    @Operation(summary = "Headline figures of a year", description = "Derived from events only; nothing is typed in.")
    public Summary summary(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to this installation's") @QueryParam("orgUnit") String orgUnit) {
        String unit = orgUnit == null || orgUnit.isBlank() ? defaultOrgUnit : orgUnit;
        Map<String, BigDecimal> figures = AnnualFigure.ofYear(unit, year).stream()
                .collect(Collectors.toMap(f -> f.key.figure(), f -> f.value));
        List<PersonnelFigures.OfficerYear> officers = personnelFigures.officers(unit, year);
        long meetingTarget = officers.stream().filter(PersonnelFigures.OfficerYear::trainingTargetMet).count();
        Personnel personnel = new Personnel(officers.size(), personnelFigures.certifiedAtYearEnd(unit, year),
                count(figures, CertificateEventsHandler.CERTIFICATES_ISSUED),
                count(figures, CertificateEventsHandler.CERTIFICATES_SUSPENDED),
                count(figures, CertificateEventsHandler.CERTIFICATES_CANCELLED),
                count(figures, CertificateEventsHandler.CERTIFICATES_REVOKED),
                figures.getOrDefault(TrainingAndExamEventsHandler.TRAINING_HOURS, BigDecimal.ZERO).setScale(1),
                meetingTarget, Rate.of(meetingTarget, officers.size()),
                count(figures, TrainingAndExamEventsHandler.EXAMS_TAKEN),
                count(figures, TrainingAndExamEventsHandler.EXAMS_PASSED));
        return new Summary(year, unit, ConsumerState.current().lastEventTime, personnel);
    }

    private static long count(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO).longValueExact();
    }
}
