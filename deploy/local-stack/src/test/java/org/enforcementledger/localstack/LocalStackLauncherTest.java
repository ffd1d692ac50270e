package org.enforcementledger.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code deploy/run}'s arguments: which instances of which service, on which ports. */
class LocalStackLauncherTest {

    @Test
    void withoutArgumentsOneInstanceOfEachServiceOnItsOwnPort() {
        assertThat(labels(LocalStackLauncher.instances(new String[0])))
                .containsExactly("personnel-service:8081", "case-service:8082", "report-service:8083");
    }

    @Test
    void furtherInstancesListenTenAndTwentyAboveTheServicesPort() {
        assertThat(labels(LocalStackLauncher.instances(new String[] {"--instances", "case=3,personnel=2"})))
                .containsExactly("personnel-service:8081", "personnel-service:8091", "case-service:8082",
                        "case-service:8092", "case-service:8102", "report-service:8083");
        assertThat(labels(LocalStackLauncher.instances(new String[] {"--instances=case-service=2"})))
                .containsExactly("personnel-service:8081", "case-service:8082", "case-service:8092",
                        "report-service:8083");
    }

    @Test
    void reportServiceRunsAsOneInstanceForNow() {
        assertThatThrownBy(() -> LocalStackLauncher.instances(new String[] {"--instances", "report=3"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report-service runs as one instance for now: its consumer, summary cache and rebuild "
                        + "assume they are alone (issue #13)");
        assertThat(labels(LocalStackLauncher.instances(new String[] {"--instances", "report=1"})))
                .contains("report-service:8083");
    }

    @Test
    void unknownServicesCountsAndArgumentsAreRefused() {
        assertThatThrownBy(() -> LocalStackLauncher.instances(new String[] {"--instances", "audit=2"}))
                .hasMessage("Unknown service 'audit' in --instances; known: personnel, case, report");
        assertThatThrownBy(() -> LocalStackLauncher.instances(new String[] {"--instances", "case=0"}))
                .hasMessage("--instances case=0: give a count from 1 to 9, e.g. case=2");
        assertThatThrownBy(() -> LocalStackLauncher.instances(new String[] {"--instances", "case"}))
                .hasMessage("--instances case: give a count from 1 to 9, e.g. case=2");
        assertThatThrownBy(() -> LocalStackLauncher.instances(new String[] {"--verbose"}))
                .hasMessage("Unknown argument --verbose; usage: deploy/run [--no-build] "
                        + "[--instances personnel=N,case=N]");
    }

    private static List<String> labels(List<LocalStackLauncher.Instance> instances) {
        return instances.stream().map(LocalStackLauncher.Instance::label).toList();
    }
}
