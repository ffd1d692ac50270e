package org.enforcementledger.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strimzi.api.kafka.model.topic.KafkaTopic;

import org.junit.jupiter.api.Test;

/** The models refuse what Kubernetes or the operators would not understand, rather than keeping it aside. */
class ModelsTest {

    @Test
    void aMisspeltFieldOfAStrimziResourceFails() throws Exception {
        ObjectNode topic = yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: case.events}
                spec: {partitions: 6, replica: 3}
                """);

        assertThatThrownBy(() -> Models.parse(List.of(topic)))
                .hasMessageContaining("kafka.strimzi.io/v1 KafkaTopic case.events")
                .hasMessageContaining("\"replica\"");
    }

    @Test
    void aMisplacedFieldOfAKubernetesResourceFails() throws Exception {
        ObjectNode deployment = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: report-service}
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: report-service
                          livenessProbe: {path: /q/health/live}
                """);

        assertThatThrownBy(() -> Models.parse(List.of(deployment)))
                .hasMessageContaining("apps/v1 Deployment report-service")
                .hasMessageContaining("\"path\"");
    }

    @Test
    void aKindWithoutAModelFails() throws Exception {
        ObjectNode job = yaml("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: personnel-service-flyway-init}
                """);

        assertThatThrownBy(() -> Models.parse(List.of(job)))
                .hasMessage("No model for batch/v1 Job (personnel-service-flyway-init); add it to Models.KINDS");
    }

    @Test
    void aWellFormedResourceIsRead() throws Exception {
        ObjectNode topic = yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: case.events}
                spec: {partitions: 6, replicas: 3, config: {min.insync.replicas: 2}}
                """);

        KafkaTopic parsed = (KafkaTopic) Models.parse(List.of(topic)).get(0);

        assertThat(parsed.getSpec().getReplicas()).isEqualTo(3);
        assertThat(parsed.getSpec().getConfig()).containsEntry("min.insync.replicas", 2);
    }

    private static ObjectNode yaml(String text) throws Exception {
        return (ObjectNode) Kustomize.YAML.readTree(text);
    }
}
