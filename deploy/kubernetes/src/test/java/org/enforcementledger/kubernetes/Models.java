package org.enforcementledger.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Reads rendered manifests into the fabric8 Kubernetes model and Strimzi's model, refusing any field the model does
 * not know. Both models keep unknown fields in an "additional properties" map rather than failing; here that map is
 * switched off, so a misspelt or misplaced field is an error naming its path.
 *
 * <p>
 * CloudNativePG publishes no Java model on Maven Central, so its Cluster, ScheduledBackup and the Barman Cloud
 * plugin's ObjectStore are read as {@link GenericKubernetesResource}s, and the tests check the fields they need by
 * path.
 */
final class Models {

    /** apiVersion and kind → the model class; a kind not listed here fails. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1 ServiceAccount", ServiceAccount.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1 Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1 KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1 KafkaTopic", KafkaTopic.class),
            Map.entry("postgresql.cnpg.io/v1 Cluster", GenericKubernetesResource.class),
            Map.entry("postgresql.cnpg.io/v1 ScheduledBackup", GenericKubernetesResource.class),
            Map.entry("barmancloud.cnpg.io/v1 ObjectStore", GenericKubernetesResource.class));

    private static final ObjectMapper STRICT = new ObjectMapper()
            .setAnnotationIntrospector(new StrictIntrospector())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ObjectMapper LENIENT = new ObjectMapper();

    private Models() {
    }

    static List<HasMetadata> parse(List<ObjectNode> documents) {
        List<HasMetadata> resources = new ArrayList<>();
        for (ObjectNode document : documents) {
            String key = document.path("apiVersion").asText() + " " + document.path("kind").asText();
            Class<? extends HasMetadata> type = KINDS.get(key);
            if (type == null) {
                throw new IllegalStateException("No model for " + key + " ("
                        + document.path("metadata").path("name").asText() + "); add it to Models.KINDS");
            }
            try {
                ObjectMapper mapper = type == GenericKubernetesResource.class ? LENIENT : STRICT;
                resources.add(mapper.treeToValue(document, type));
            } catch (JsonMappingException e) {
                throw new IllegalStateException(key + " " + document.path("metadata").path("name").asText() + ": "
                        + e.getOriginalMessage() + " at " + e.getPathReference(), e);
            } catch (Exception e) {
                throw new IllegalStateException(key + " " + document.path("metadata").path("name").asText(), e);
            }
        }
        return resources;
    }

    /** Jackson's own rules, minus the two ways the models accept unknown fields. */
    private static final class StrictIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
        }
    }
}
