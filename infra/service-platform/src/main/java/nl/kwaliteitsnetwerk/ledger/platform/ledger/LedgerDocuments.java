package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

/** How a commit, its events, its aggregate's head and a snapshot are written as MongoDB documents, and read back. */
final class LedgerDocuments {

    private LedgerDocuments() {
    }

    /**
     * The filter that finds a commit by its aggregate and first sequence number. A flat document, not
     * {@code Filters.and}: the embedded server answers a query from a compound unique index only when
     * the query names exactly its fields, and scans the collection otherwise.
     */
    static Document aggregateKey(String aggregateId, long firstSequence) {
        return new Document("aggregateId", aggregateId).append("firstSequence", firstSequence);
    }

    /**
     * The update that records a commit in its aggregate's head: the last sequence, raised only ({@code $max}, so a
     * late writer cannot lower it), and the commit's position added to the list a load reads the commits by.
     */
    static Bson headAfter(long lastSequence, long position) {
        return Updates.combine(Updates.max("lastSequence", lastSequence), Updates.addToSet(AggregateCommits.POSITIONS, position));
    }

    static Document commit(long position, CommittedEvent first, long firstSequence, long lastSequence,
                           List<CommittedEvent> events, byte[] contentDigest, byte[] previousChainHash,
                           byte[] chainHash, byte[] previousAggregateHash, byte[] aggregateHash) {
        return new Document("_id", position)
                .append("aggregateType", first.aggregateType())
                .append("aggregateId", first.aggregateId())
                .append("firstSequence", firstSequence)
                .append("lastSequence", lastSequence)
                .append("committedAt", first.timestamp())
                .append("events", events.stream().map(LedgerDocuments::event).toList())
                .append("contentDigest", LedgerHash.hex(contentDigest))
                .append("previousChainHash", LedgerHash.hex(previousChainHash))
                .append("chainHash", LedgerHash.hex(chainHash))
                .append("previousAggregateHash", LedgerHash.hex(previousAggregateHash))
                .append("aggregateHash", LedgerHash.hex(aggregateHash));
    }

    private static Document event(CommittedEvent e) {
        return new Document("sequenceNumber", e.sequenceNumber())
                .append("eventIdentifier", e.eventIdentifier())
                .append("timestamp", e.timestamp())
                .append("payloadType", e.payloadType())
                .append("payloadRevision", e.payloadRevision())
                .append("payload", e.payload())
                .append("metadata", e.metadata());
    }

    /** The event as the ledger committed it: the fields its content digest covers. */
    static CommittedEvent committed(Document commit, Document event) {
        return new CommittedEvent(commit.getString("aggregateType"), commit.getString("aggregateId"),
                event.getLong("sequenceNumber"), event.getString("eventIdentifier"), event.getString("timestamp"),
                event.getString("payloadType"), event.getString("payloadRevision"), event.getString("payload"),
                event.getString("metadata"));
    }

    static DomainEventData<String> domainEvent(Document commit, Document event) {
        return entry(committed(commit, event));
    }

    static Document snapshot(CommittedEvent e) {
        return event(e).append("_id", e.aggregateId()).append("aggregateType", e.aggregateType());
    }

    static DomainEventData<String> snapshotEvent(Document snapshot) {
        return entry(new CommittedEvent(snapshot.getString("aggregateType"), snapshot.getString("_id"),
                snapshot.getLong("sequenceNumber"), snapshot.getString("eventIdentifier"), snapshot.getString("timestamp"),
                snapshot.getString("payloadType"), snapshot.getString("payloadRevision"), snapshot.getString("payload"),
                snapshot.getString("metadata")));
    }

    private static DomainEventData<String> entry(CommittedEvent e) {
        return new GenericDomainEventEntry<>(e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.eventIdentifier(),
                e.timestamp(), e.payloadType(), e.payloadRevision().isEmpty() ? null : e.payloadRevision(), e.payload(),
                e.metadata());
    }
}
