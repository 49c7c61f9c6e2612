package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.util.Objects;

/**
 * One event of a commit, as the ledger stores it: the fields its content digest covers. Payload and
 * metadata are the exact strings stored (serialized JSON), so a verifier needs the stored bytes, not
 * a re-serialization. {@code payloadRevision} is empty when the event type has none.
 */
public record CommittedEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventIdentifier,
                             String timestamp, String payloadType, String payloadRevision, String payload,
                             String metadata) {

    public CommittedEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payloadType, "payloadType");
        payloadRevision = payloadRevision == null ? "" : payloadRevision;
        Objects.requireNonNull(payload, "payload");
        metadata = metadata == null ? "" : metadata;
    }
}
