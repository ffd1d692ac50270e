package org.enforcementledger.cases.casefile;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One penalty of a decision; the amount (yuan, as decided) only for the money kinds. */
@Embeddable
public class Penalty {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenaltyKind kind;

    public BigDecimal amount;

    public Penalty() {
    }

    public Penalty(PenaltyKind kind, BigDecimal amount) {
        this.kind = kind;
        this.amount = amount;
    }
}
