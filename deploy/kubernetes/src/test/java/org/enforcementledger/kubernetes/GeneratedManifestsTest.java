package org.enforcementledger.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services' manifests in base/generated are what the Quarkus Kubernetes extension generates from their
 * application.properties at package time, so that they cannot drift apart: a change to a service's
 * quarkus.kubernetes.* settings (or to Quarkus) fails here until the copy is refreshed.
 *
 * <p>
 * Compared are the resources, their fields and values; not their order, since Quarkus orders labels and
 * {@code envFrom} differently from one build to the next.
 */
class GeneratedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"personnel-service", "case-service", "report-service"})
    void theCheckedInManifestIsTheOneTheBuildGenerates(String service) {
        Path generated = Project.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path checkedIn = Project.BASE.resolve("generated").resolve(service + ".yml");

        assertThat(generated).as("%s is generated when the service is packaged: build the services first", generated)
                .exists();
        assertThat(canonical(checkedIn)).as("%s differs from the build's %s; refresh with: cp %s %s", checkedIn,
                generated, Project.ROOT.relativize(generated), Project.ROOT.relativize(checkedIn))
                .isEqualTo(canonical(generated));
    }

    /** The documents of a file with every map's keys and every list's items in one order. */
    private static List<String> canonical(Path file) {
        List<String> documents = new ArrayList<>();
        for (JsonNode document : Kustomize.readDocuments(file)) {
            documents.add(canonical(document).toPrettyString());
        }
        documents.sort(Comparator.naturalOrder());
        return documents;
    }

    private static JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            object.fields().forEachRemaining(field -> sorted.put(field.getKey(), canonical(field.getValue())));
            ObjectNode result = Kustomize.YAML.createObjectNode();
            sorted.forEach(result::set);
            return result;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(canonical(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode result = Kustomize.YAML.createArrayNode();
            items.forEach(result::add);
            return result;
        }
        return node;
    }
}
