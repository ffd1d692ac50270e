package org.enforcementledger.kubernetes;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/** The topics docs/asyncapi.yaml describes, with their Kafka bindings. */
final class AsyncApi {

    record Topic(int partitions, long retentionMs) {
    }

    private AsyncApi() {
    }

    static Map<String, Topic> topics() {
        JsonNode document = Kustomize.readDocuments(Project.ROOT.resolve("docs/asyncapi.yaml")).get(0);
        Map<String, Topic> topics = new TreeMap<>();
        document.path("channels").forEach(channel -> {
            JsonNode kafka = channel.path("bindings").path("kafka");
            if (!channel.path("address").asText().equals(kafka.path("topic").asText())) {
                throw new IllegalStateException("Channel address and Kafka binding differ: " + channel.path("address"));
            }
            topics.put(channel.path("address").asText(), new Topic(kafka.path("partitions").asInt(),
                    kafka.path("topicConfiguration").path("retention.ms").asLong()));
        });
        return topics;
    }
}
