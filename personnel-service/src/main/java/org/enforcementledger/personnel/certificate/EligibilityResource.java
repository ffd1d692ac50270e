package org.enforcementledger.personnel.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.security.Roles;

@Path("/api/v1/officers/{id}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class EligibilityResource {

    private final CertificateService certificates;
    private final Clock clock;

    public EligibilityResource(CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR,
            Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @GET
    @Operation(summary = "May the officer carry out enforcement acts on a day? (R4.1)",
            description = "Yes with a certificate valid that day and not suspended, cancelled, revoked or expired; "
                    + "otherwise the reasons. The issue day and the expiry day are both inside the validity.")
    public CertificateViews.Eligibility eligibility(@PathParam("id") UUID officerId,
            @Parameter(description = "The day (YYYY-MM-DD); today when absent") @QueryParam("on") LocalDate on) {
        return certificates.eligibility(officerId, on == null ? LocalDate.now(clock) : on);
    }
}
