package org.enforcementledger.cases.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts in {@code docs/events/<service>/}, one JSON Schema per event type: every event a test sees, emitted
 * or fed, must validate against the schema of its {@code type}.
 */
public final class EventSchemas {

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Validation messages for the event; empty when it conforms to the schema of its {@code type}. */
    public static Set<ValidationMessage> validate(JsonNode event) {
        return CACHE.computeIfAbsent(event.path("type").asText(), EventSchemas::load).validate(event);
    }

    private static JsonSchema load(String type) {
        String[] parts = type.split("\\.", 3);
        Path file = Path.of("..", "docs", "events", parts[1], parts[2] + ".schema.json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No schema in docs/events for event type " + type);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
