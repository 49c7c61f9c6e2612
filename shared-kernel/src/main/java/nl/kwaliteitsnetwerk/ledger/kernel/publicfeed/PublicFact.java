package nl.kwaliteitsnetwerk.ledger.kernel.publicfeed;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * One public fact of the network, as the inspectorate receives it. It names no person: there is no
 * actor, and its body holds only what {@link PublicDisclosure} lets through.
 *
 * @param factType      the shape of {@code body}; its JSON Schema is {@code schemas/public/<factType>.v<schemaVersion>.json}
 * @param sourceEventId the integration event this fact stems from
 */
public record PublicFact(
        String factType,
        int schemaVersion,
        String aggregateId,
        String institutionCode,
        String sourceEventId,
        Instant occurredAt,
        JsonNode body) {

    public PublicFact {
        Objects.requireNonNull(factType, "factType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(body, "body");
    }
}
