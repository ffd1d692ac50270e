package org.enforcementledger.report.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The contracts of the events this service applies — the JSON Schemas of {@code docs/events/}, copied onto the
 * classpath at build time — with the handler of each type. An event whose type has no handler, or that fails its
 * schema, is poison.
 */
@ApplicationScoped
public class EventSchemas {

    private static final String PREFIX = "enforcementledger.";

    private final Map<String, EventHandler> handlers;
    private final Map<String, JsonSchema> schemas;

    public EventSchemas(Instance<EventHandler> handlers) {
        this.handlers = new java.util.HashMap<>();
        for (EventHandler handler : handlers) {
            for (String type : handler.types()) {
                if (this.handlers.put(type, handler) != null) {
                    throw new IllegalStateException("Two handlers for event type " + type);
                }
            }
        }
        this.schemas = this.handlers.keySet().stream().collect(Collectors.toMap(t -> t, EventSchemas::load));
    }

    public Optional<EventHandler> handler(String type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /** Human-readable schema violations of the event; empty when it conforms. */
    public Set<String> violations(String type, JsonNode event) {
        return schemas.get(type).validate(event).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
    }

    private static JsonSchema load(String type) {
        if (!type.startsWith(PREFIX)) {
            throw new IllegalStateException("Unexpected event type " + type);
        }
        String rest = type.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        String resource = "event-schemas/" + rest.substring(0, dot) + "/" + rest.substring(dot + 1) + ".schema.json";
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema " + resource + " for handled event type " + type);
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            // Validators are otherwise created lazily on first use, and the consumer validates on several threads.
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
