package org.enforcementledger.report.consumer;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A CloudEvent (JSON structured mode) as read from a topic, after it passed its schema. */
public record CloudEvent(UUID id, String type, String subject, OffsetDateTime time, String orgUnit, JsonNode data) {

    public static CloudEvent of(JsonNode json) {
        return new CloudEvent(UUID.fromString(json.path("id").asText()), json.path("type").asText(),
                json.path("subject").asText(), OffsetDateTime.parse(json.path("time").asText()),
                json.path("orgunit").asText(), json.path("data"));
    }
}
