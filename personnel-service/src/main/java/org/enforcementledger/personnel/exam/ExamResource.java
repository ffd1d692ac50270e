package org.enforcementledger.personnel.exam;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/officers/{id}/exams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exams", description = "Qualification exams and the annual legal exam (R4.4)")
public class ExamResource {

    @Schema(name = "NewExam")
    public record NewExam(
            @Schema(example = "ANNUAL_LEGAL") @NotNull ExamKind kind,
            @Schema(example = "2024-11-15") @NotNull LocalDate takenOn,
            @Schema(example = "86.5") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal score,
            @Schema(example = "true") @NotNull Boolean passed) {
    }

    @Schema(name = "Exam")
    public record ExamView(long id, UUID officerId, ExamKind kind, LocalDate takenOn, BigDecimal score,
            boolean passed) {
        static ExamView of(Exam e) {
            return new ExamView(e.id, e.officer.id, e.kind, e.takenOn, e.score, e.passed);
        }
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final Clock clock;

    public ExamResource(OrgUnitContext orgUnit, EventPublisher events, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Transactional
    @Operation(summary = "Record an exam", description = "Publishes exam.recorded.v1.")
    public Response record(@PathParam("id") UUID officerId, @Valid @NotNull NewExam request) {
        if (request.takenOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("takenOn", "must not be in the future");
        }
        Officer officer = Officer.lockForUpdate(orgUnit.current(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        Exam exam = new Exam();
        exam.officer = officer;
        exam.kind = request.kind();
        exam.takenOn = request.takenOn();
        exam.score = request.score();
        exam.passed = request.passed();
        exam.persist();
        events.publish(ExamEvents.RECORDED, officer.id.toString(), officer.orgUnit,
                new ExamEvents.ExamRecorded(exam.id, officer.id, officer.department.code, officer.department.kind,
                        exam.kind, exam.takenOn, exam.score, exam.passed));
        return Response.created(URI.create("/api/v1/officers/" + officerId + "/exams")).entity(ExamView.of(exam))
                .build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's exams", description = "Oldest first.")
    public List<ExamView> list(@PathParam("id") UUID officerId) {
        Officer.findReadable(orgUnit.readScope(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        return Exam.ofOfficer(officerId).stream().map(ExamView::of).toList();
    }
}
