package nl.kwaliteitsnetwerk.ledger.kernel.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * The payload of an integration event that stands for a copy: a producer that split a stream (a migration
 * gave part of one aggregate's events an aggregate of their own) copied an event already told under its
 * original aggregate. The copy keeps the new aggregate's sequence numbers without holes, so a consumer's
 * {@link DeliveryCheck} sees no gap, and it names the original instead of telling the fact again: a consumer
 * that applied the original has nothing more to apply. Its type is the producer's prefix and
 * {@value #TYPE_SUFFIX}, e.g. {@code validation.event-copied}, schema version {@value #SCHEMA_VERSION}.
 */
public record EventCopied(String eventType, String aggregateType, String aggregateId, Long sequenceNumber,
                          String eventId) {

    public static final String TYPE_SUFFIX = ".event-copied";
    public static final int SCHEMA_VERSION = 1;

    public EventCopied {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }

    /** The copy's type for an original of {@code originalType}: the same producer's prefix. */
    public static String typeFor(String originalType) {
        int dot = originalType.indexOf('.');
        return (dot < 0 ? originalType : originalType.substring(0, dot)) + TYPE_SUFFIX;
    }

    public static boolean isCopy(IntegrationEvent event) {
        return event.eventType().endsWith(TYPE_SUFFIX);
    }

    public JsonNode toPayload() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("eventType", eventType)
                .put("aggregateType", aggregateType).put("aggregateId", aggregateId);
        payload.put("sequenceNumber", sequenceNumber).put("eventId", eventId);
        return payload;
    }

    public static EventCopied of(IntegrationEvent copy) {
        JsonNode p = copy.payload();
        return new EventCopied(p.path("eventType").asText(null), p.path("aggregateType").asText(null),
                p.path("aggregateId").asText(null),
                p.path("sequenceNumber").isIntegralNumber() ? p.path("sequenceNumber").asLong() : null,
                p.path("eventId").asText(null));
    }
}
