package org.enforcementledger.cases.expropriation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the expropriation API accepts. */
public final class ExpropriationRequests {

    private ExpropriationRequests() {
    }

    @Schema(name = "NewExpropriation")
    public record NewExpropriation(@Schema(example = "REQUISITION") @NotNull Expropriation.Kind kind,
            @Schema(example = "2024-07-10") @NotNull LocalDate recordedOn,
            @Schema(example = "防汛抢险临时征用挖掘机一台") @NotBlank @Size(max = 2000) String description) {
    }
}
