package org.enforcementledger.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Where kubectl (with kustomize v5) is installed, its rendering of the district overlay equals the tests' own
 * ({@link Kustomize}), so that the invariants checked on the latter hold for what {@code kubectl apply -k} applies.
 * Without kubectl this test is skipped; the build needs nothing but a JDK.
 */
class RealKustomizeTest {

    @Test
    void kubectlKustomizeRendersTheDistrictOverlayAsTheTestsDo() throws Exception {
        String rendered = kubectlKustomize();
        Assumptions.assumeTrue(rendered != null, "kubectl with kustomize is not installed");

        List<ObjectNode> kubectl = new ArrayList<>();
        Kustomize.YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered)
                .forEachRemaining(doc -> kubectl.add((ObjectNode) doc));

        assertThat(byIdentity(Kustomize.render(Project.DISTRICT))).isEqualTo(byIdentity(kubectl));
    }

    private static Map<String, JsonNode> byIdentity(List<ObjectNode> resources) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (ObjectNode resource : resources) {
            map.put(resource.path("apiVersion").asText() + " " + resource.path("kind").asText() + " "
                    + resource.path("metadata").path("namespace").asText() + "/"
                    + resource.path("metadata").path("name").asText(), resource);
        }
        return map;
    }

    /** kubectl's rendering, or null where no kubectl with kustomize v4 or later is installed. */
    private static String kubectlKustomize() throws IOException, InterruptedException {
        String version = run("kubectl", "version", "--client");
        // Debian's kubectl 1.20 embeds a kustomize (v2) too old for this layout.
        if (version == null || !version.matches("(?s).*Kustomize Version: v[4-9].*")) {
            return null;
        }
        Process process = new ProcessBuilder("kubectl", "kustomize", Project.DISTRICT.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize failed: %s", errors).isZero();
        return output;
    }

    private static String run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException notInstalled) {
            return null;
        }
    }
}
