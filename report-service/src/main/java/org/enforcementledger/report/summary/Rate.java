package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate with what it is made of; 0 when the denominator is 0. */
@Schema(name = "Rate")
public record Rate(@Schema(example = "0.7500") BigDecimal value, long numerator, long denominator) {

    public static Rate of(long numerator, long denominator) {
        BigDecimal value = denominator == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        return new Rate(value, numerator, denominator);
    }
}
