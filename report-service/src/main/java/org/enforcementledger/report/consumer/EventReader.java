package org.enforcementledger.report.consumer;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a record as a CloudEvent of a type some handler applies and checks it against that type's schema. A record
 * that is empty, not a JSON object, of a type no handler applies or failing its schema is poison.
 */
@ApplicationScoped
public class EventReader {

    private final EventSchemas schemas;
    private final ObjectMapper objectMapper;

    public EventReader(EventSchemas schemas, ObjectMapper objectMapper) {
        this.schemas = schemas;
        // Hours and yuan stay exact: decimals are read as BigDecimal, never as double.
        this.objectMapper = objectMapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** Thread-safe: a batch's records are read on every core. */
    ParsedRecord read(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return ParsedRecord.deadLetter(record, "empty record");
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(record.value());
        } catch (Exception e) {
            return ParsedRecord.deadLetter(record, "unparseable: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (json == null || !json.isObject()) {
            return ParsedRecord.deadLetter(record, "unparseable: not a JSON object");
        }
        String type = json.path("type").asText("");
        var handler = schemas.handler(type);
        if (handler.isEmpty()) {
            return ParsedRecord.deadLetter(record, "unknown type: " + (type.isEmpty() ? "(none)" : type));
        }
        Set<String> violations = schemas.violations(type, json);
        if (!violations.isEmpty()) {
            return ParsedRecord.deadLetter(record,
                    "schema: " + String.join("; ", violations.stream().sorted().toList()));
        }
        try {
            return ParsedRecord.applicable(record, CloudEvent.of(json), handler.get());
        } catch (RuntimeException e) {
            // The schema's formats are looser than Java's parsers here and there (a leap second, say).
            return ParsedRecord.deadLetter(record, "cannot apply: " + e);
        }
    }
}
