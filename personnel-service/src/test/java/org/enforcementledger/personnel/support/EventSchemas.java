package org.enforcementledger.personnel.support;

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

/** The event contracts in {@code docs/events/personnel/}: every event this service emits must validate. */
public final class EventSchemas {

    private static final Path DIRECTORY = Path.of("..", "docs", "events", "personnel");
    private static final String TYPE_PREFIX = "enforcementledger.personnel.";
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Validation messages for the event; empty when it conforms to the schema of its {@code type}. */
    public static Set<ValidationMessage> validate(JsonNode event) {
        String type = event.path("type").asText();
        if (!type.startsWith(TYPE_PREFIX)) {
            throw new AssertionError("Not a personnel event type: " + type);
        }
        return CACHE.computeIfAbsent(type.substring(TYPE_PREFIX.length()), EventSchemas::load).validate(event);
    }

    private static JsonSchema load(String shortType) {
        Path file = DIRECTORY.resolve(shortType + ".schema.json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No schema in docs/events/personnel for event type " + shortType);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
