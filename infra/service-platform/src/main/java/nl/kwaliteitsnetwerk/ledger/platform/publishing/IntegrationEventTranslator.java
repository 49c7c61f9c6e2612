package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.util.Optional;

/**
 * Provided by a service: turns one of its domain events into the public shape of an integration
 * event. The platform adds the envelope (event id, aggregate, sequence number) and publishes it.
 */
public interface IntegrationEventTranslator {

    /** The Kafka topic this service's integration events go to. */
    String topic();

    /** The integration-event body for {@code domainEvent}, or empty when it is not this translator's. */
    Optional<Translation> translate(Object domainEvent);

    record Translation(String eventType, int schemaVersion, Instant occurredAt, Actor actor, JsonNode payload) {
    }
}
