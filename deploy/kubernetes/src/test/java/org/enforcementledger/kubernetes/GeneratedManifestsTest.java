package org.enforcementledger.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services' manifests in base/generated are exactly what the Quarkus Kubernetes extension generates from their
 * application.properties at package time, so that they cannot drift apart: a change to a service's
 * quarkus.kubernetes.* settings (or to Quarkus) fails here until the copy is refreshed.
 */
class GeneratedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"personnel-service", "case-service", "report-service"})
    void theCheckedInManifestIsTheOneTheBuildGenerates(String service) throws IOException {
        Path generated = Project.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path checkedIn = Project.BASE.resolve("generated").resolve(service + ".yml");
        String refresh = "refresh with: cp " + Project.ROOT.relativize(generated) + " "
                + Project.ROOT.relativize(checkedIn);

        assertThat(generated).as("%s is generated when the service is packaged (./mvnw package); %s", generated,
                "build the services before this module").exists();
        assertThat(Files.readString(checkedIn)).as("%s differs from the build's %s; %s", checkedIn, generated, refresh)
                .isEqualTo(Files.readString(generated));
    }
}
