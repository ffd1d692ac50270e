package org.enforcementledger.cases.expropriation;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Path("/api/v1/expropriations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expropriation", description = "Administrative expropriation and requisition (行政征收/征用)")
@AcceptsIdempotencyKey
public class ExpropriationResource {

    public static final String RECORDED = "expropriation.recorded.v1";

    public enum Kind {
        /** 行政征收 */
        EXPROPRIATION,
        /** 行政征用 */
        REQUISITION
    }

    /** A completed expropriation or requisition; the annual report counts these (spec §11.3). */
    @Entity
    @Table(name = "expropriation")
    public static class Expropriation extends PanacheEntityBase {
        @Id
        public UUID id;

        @Column(name = "org_unit", nullable = false)
        public String orgUnit;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Kind kind;

        @Column(name = "recorded_on", nullable = false)
        public LocalDate recordedOn;

        @Column(nullable = false)
        public String description;
    }

    @Schema(name = "NewExpropriation")
    public record NewExpropriation(@Schema(example = "REQUISITION") @NotNull Kind kind,
            @Schema(example = "2024-07-10") @NotNull LocalDate recordedOn,
            @Schema(example = "防汛抢险临时征用挖掘机一台") @NotBlank @Size(max = 2000) String description) {
    }

    @Schema(name = "Expropriation")
    public record ExpropriationView(UUID id, Kind kind, LocalDate recordedOn, String description) {
    }

    public record ExpropriationRecorded(UUID expropriationId, Kind kind, LocalDate recordedOn) {
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final Clock clock;

    public ExpropriationResource(OrgUnitContext orgUnit, EventPublisher events, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Transactional
    @Operation(summary = "Record a completed expropriation or requisition", description = "Publishes "
            + "expropriation.recorded.v1.")
    public Response record(@Valid @NotNull NewExpropriation request) {
        if (request.recordedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("recordedOn", "must not be in the future");
        }
        Expropriation expropriation = new Expropriation();
        expropriation.id = UUID.randomUUID();
        expropriation.orgUnit = orgUnit.current();
        expropriation.kind = request.kind();
        expropriation.recordedOn = request.recordedOn();
        expropriation.description = request.description();
        expropriation.persist();
        events.publish(RECORDED, expropriation.id.toString(), expropriation.orgUnit,
                new ExpropriationRecorded(expropriation.id, expropriation.kind, expropriation.recordedOn));
        return Response.created(URI.create("/api/v1/expropriations/" + expropriation.id))
                .entity(new ExpropriationView(expropriation.id, expropriation.kind, expropriation.recordedOn,
                        expropriation.description)).build();
    }
}
