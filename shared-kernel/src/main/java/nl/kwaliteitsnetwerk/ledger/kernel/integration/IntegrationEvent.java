package nl.kwaliteitsnetwerk.ledger.kernel.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.util.Objects;

/**
 * The envelope of every fact one service tells the others, schema version {@value #ENVELOPE_VERSION}.
 * <ul>
 *   <li>{@code eventId} is unique per fact: a consumer that sees it twice has a duplicate.</li>
 *   <li>{@code sequenceNumber} counts the facts of one aggregate from 0 without holes: a consumer
 *       that sees a number skipped has a gap.</li>
 *   <li>{@code eventType} and {@code schemaVersion} name the shape of {@code payload}.</li>
 * </ul>
 */
public record IntegrationEvent(
        int envelopeVersion,
        String eventId,
        String eventType,
        int schemaVersion,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String institutionCode,
        Instant occurredAt,
        Actor actor,
        JsonNode payload) {

    public static final int ENVELOPE_VERSION = 1;

    /** The metadata key under which a service's domain events carry the institution they concern. */
    public static final String INSTITUTION_METADATA = "institutionCode";

    public IntegrationEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (sequenceNumber < 0 || schemaVersion < 1) {
            throw new IllegalArgumentException("sequenceNumber must be >= 0 and schemaVersion >= 1");
        }
    }
}
