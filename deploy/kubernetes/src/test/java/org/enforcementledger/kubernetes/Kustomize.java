package org.enforcementledger.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the few features deploy/kubernetes uses, so that
 * the tests need no kubectl: {@code resources} (files and directories), {@code namespace}, {@code images},
 * {@code replicas} and {@code patches} by path (strategic merge: maps merged, lists of named items merged by name,
 * other lists replaced). A kustomization using anything else fails here, rather than being rendered wrongly;
 * {@link RealKustomizeTest} compares this rendering with kubectl's where kubectl is installed.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "images",
            "replicas", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        ObjectNode kustomization = (ObjectNode) readDocuments(directory.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(directory + "/kustomization.yaml uses '" + field
                        + "', which the tests' renderer does not know; teach Kustomize or do without it");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                readDocuments(path).forEach(doc -> resources.add((ObjectNode) doc));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.size() != 1 || !patch.has("path")) {
                throw new IllegalStateException("Only patches given by path are supported: " + patch);
            }
            for (JsonNode patchDocument : readDocuments(directory.resolve(patch.get("path").asText()))) {
                ObjectNode target = find(resources, patchDocument.path("apiVersion").asText(),
                        patchDocument.path("kind").asText(), patchDocument.path("metadata").path("name").asText());
                merge(target, (ObjectNode) patchDocument);
            }
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            ObjectNode deployment = find(resources, "apps/v1", "Deployment", replicas.get("name").asText());
            ((ObjectNode) deployment.get("spec")).put("replicas", replicas.get("count").asInt());
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(resource -> setImage(resource, image));
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            for (ObjectNode resource : resources) {
                String kind = resource.path("kind").asText();
                if (kind.endsWith("RoleBinding")) {
                    throw new IllegalStateException("A RoleBinding's subjects would need their namespace set too");
                }
                if (!CLUSTER_SCOPED.contains(kind)) {
                    ((ObjectNode) resource.get("metadata")).put("namespace", namespace);
                }
            }
        }
        return resources;
    }

    static List<JsonNode> readDocuments(Path file) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            Iterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(Files.readString(file));
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The resource of this apiVersion, kind and name; exactly one must exist. */
    static ObjectNode find(List<ObjectNode> resources, String apiVersion, String kind, String name) {
        List<ObjectNode> found = resources.stream()
                .filter(r -> r.path("apiVersion").asText().equals(apiVersion) && r.path("kind").asText().equals(kind)
                        && r.path("metadata").path("name").asText().equals(name))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " resources " + apiVersion + " " + kind + " " + name);
        }
        return found.get(0);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                merge(existingObject, valueObject);
            } else if (existing instanceof ArrayNode existingArray && value instanceof ArrayNode valueArray
                    && namedItems(existingArray) && namedItems(valueArray)) {
                for (JsonNode item : valueArray) {
                    ObjectNode match = null;
                    for (JsonNode candidate : existingArray) {
                        if (candidate.get("name").equals(item.get("name"))) {
                            match = (ObjectNode) candidate;
                        }
                    }
                    if (match == null) {
                        existingArray.add(item);
                    } else {
                        merge(match, (ObjectNode) item);
                    }
                }
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    private static boolean namedItems(ArrayNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return !array.isEmpty();
    }

    private static void setImage(ObjectNode resource, JsonNode image) {
        JsonNode podSpec = resource.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : podSpec.path(list)) {
                String current = container.path("image").asText();
                int slash = current.lastIndexOf('/');
                int colon = current.lastIndexOf(':');
                String name = colon > slash ? current.substring(0, colon) : current;
                String tag = colon > slash ? current.substring(colon + 1) : null;
                if (name.equals(image.get("name").asText())) {
                    String newName = image.has("newName") ? image.get("newName").asText() : name;
                    String newTag = image.has("newTag") ? image.get("newTag").asText() : tag;
                    ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }
}
