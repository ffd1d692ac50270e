package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An average with what it is made of, to one decimal place; 0 when there is nothing to divide by. */
@Schema(name = "Average")
public record Average(@Schema(example = "45.5") BigDecimal value, @Schema(example = "91.0") BigDecimal total,
        @Schema(example = "2") long count) {

    public static Average of(BigDecimal total, long count) {
        BigDecimal value = count == 0 ? BigDecimal.ZERO.setScale(1)
                : total.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new Average(value, total.setScale(1), count);
    }
}
