package org.enforcementledger.cases.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.cases.audit.ChangeLog;
import org.enforcementledger.cases.orgunit.OrgUnitContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;

/**
 * Records domain events as CloudEvents 1.0 (JSON structured mode) in the outbox, inside the caller's transaction.
 *
 * <p>
 * Nothing is sent here: if the transaction rolls back, the event is gone with it; if it commits, {@link OutboxRelay}
 * publishes it. Each event names its actor (the token's user or client) and is written to the {@link ChangeLog} too.
 * Event types are {@link #TYPE_PREFIX}{@code <aggregate>.<verb>.v<N>}; each has a JSON Schema in {@code docs/events/}.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String TYPE_PREFIX = "enforcementledger.case.";
    public static final String SOURCE = "urn:enforcement-ledger:case-service";

    private final ObjectMapper objectMapper;
    private final String topic;
    private final ChangeLog changeLog;
    private final OrgUnitContext caller;

    public EventPublisher(ObjectMapper objectMapper, @ConfigProperty(name = "ledger.outbox.topic") String topic,
            ChangeLog changeLog, OrgUnitContext caller) {
        this.objectMapper = objectMapper;
        this.topic = topic;
        this.changeLog = changeLog;
        this.caller = caller;
    }

    /**
     * @param type the event type after the prefix, e.g. {@code certificate.issued.v1}
     * @param subject the aggregate id; also the Kafka key
     * @param orgUnit the town or street the event belongs to
     * @param data the event's data, serialised with the service's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String subject, String orgUnit, Object data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        ObjectNode event = objectMapper.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", SOURCE);
        event.put("type", TYPE_PREFIX + type);
        event.put("subject", subject);
        event.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now));
        event.put("datacontenttype", "application/json");
        event.put("orgunit", orgUnit);
        // Outside a request (maintenance jobs, tests) there is no caller to name.
        String actor = Arc.container().requestContext().isActive() ? caller.actor() : "system";
        event.put("actor", actor);
        JsonNode dataNode = objectMapper.valueToTree(data);
        event.set("data", dataNode);
        changeLog.record(ChangeLog.streamOf(type), subject, orgUnit, TYPE_PREFIX + type, actor, now, dataNode);

        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = topic;
        row.messageKey = subject;
        row.eventType = TYPE_PREFIX + type;
        row.createdAt = now;
        try {
            row.payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + type, e);
        }
        row.persist();
    }
}
