package org.enforcementledger.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final long SECOND = 1_000_000_000L;

    private final RestartPolicy policy = RestartPolicy.DEFAULT;

    @Test
    void backOffDoublesFromOneSecondWithEveryDeathWithinTheWindow() {
        RestartPolicy.History history = new RestartPolicy.History();

        assertThat(policy.decide(history, 0)).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(1), 1));
        assertThat(policy.decide(history, 5 * SECOND)).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(2), 2));
        assertThat(policy.decide(history, 10 * SECOND)).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(4), 3));
        assertThat(policy.decide(history, 20 * SECOND)).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(8), 4));
        assertThat(policy.decide(history, 40 * SECOND)).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(16), 5));
    }

    @Test
    void theSixthDeathWithinTwoMinutesGivesUp() {
        RestartPolicy.History history = new RestartPolicy.History();
        for (int i = 0; i < 5; i++) {
            assertThat(policy.decide(history, i * 10 * SECOND)).isInstanceOf(RestartPolicy.Restart.class);
        }

        assertThat(policy.decide(history, 119 * SECOND)).isEqualTo(new RestartPolicy.GiveUp(6));
    }

    @Test
    void deathsOlderThanTheWindowAreForgottenSoTheBackOffStartsAgain() {
        RestartPolicy.History history = new RestartPolicy.History();
        for (int i = 0; i < 5; i++) {
            policy.decide(history, i * SECOND);
        }

        // 2 minutes and 1 s after the fifth death, all five have left the window.
        assertThat(policy.decide(history, 125 * SECOND)).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(1), 1));
    }

    @Test
    void theBackOffStopsGrowingAtItsMaximum() {
        RestartPolicy generous = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 100,
                Duration.ofHours(1));
        RestartPolicy.History history = new RestartPolicy.History();
        RestartPolicy.Decision last = null;
        for (int i = 0; i < 8; i++) {
            last = generous.decide(history, i * SECOND);
        }

        assertThat(last).isEqualTo(new RestartPolicy.Restart(Duration.ofSeconds(30), 8));
    }

    @Test
    void anInconsistentPolicyIsRefused() {
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), 5,
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
