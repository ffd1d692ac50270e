package org.enforcementledger.report.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PenaltySeverityTest {

    private static final List<PenaltyKind> YISHUI = List.of(PenaltyKind.values());

    @Test
    void theHeaviestKindIsTheOneConfiguredLast() {
        PenaltySeverity severity = new PenaltySeverity(YISHUI);
        assertThat(severity.heaviest(List.of(PenaltyKind.ORDER_CLOSURE, PenaltyKind.WARNING, PenaltyKind.FINE)))
                .contains(PenaltyKind.ORDER_CLOSURE);

        List<PenaltyKind> datong = new ArrayList<>(YISHUI);
        datong.remove(PenaltyKind.REVOKE_PERMIT);
        datong.add(PenaltyKind.REVOKE_PERMIT);
        assertThat(new PenaltySeverity(datong).heaviest(List.of(PenaltyKind.REVOKE_PERMIT, PenaltyKind.ORDER_CLOSURE)))
                .contains(PenaltyKind.REVOKE_PERMIT);
    }

    @Test
    void aDecisionListingNoPenaltyHasNoHeaviestKind() {
        assertThat(new PenaltySeverity(YISHUI).heaviest(List.of())).isEmpty();
    }

    @Test
    void anOrderThatLeavesOutOrRepeatsAKindIsRefused() {
        List<PenaltyKind> missing = new ArrayList<>(YISHUI);
        missing.remove(PenaltyKind.FINE);
        List<PenaltyKind> repeated = new ArrayList<>(missing);
        repeated.add(PenaltyKind.WARNING);
        assertThatThrownBy(() -> new PenaltySeverity(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.report.penalty-severity");
        assertThatThrownBy(() -> new PenaltySeverity(repeated)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PenaltySeverity(List.of())).isInstanceOf(IllegalStateException.class);
    }
}
