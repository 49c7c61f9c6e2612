package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.bson.Document;

import java.util.List;

/**
 * What an attacker or a faulty disk does to a ledger's commit documents, straight through the MongoDB
 * driver: alter a byte, delete, swap, insert a forged or copied commit, change a hash, write a fork.
 */
public final class LedgerTampering {

    private static final String COMMITS = "ledger_commits";

    private final MongoCollection<Document> commits;

    public LedgerTampering(MongoDatabase database) {
        this.commits = database.getCollection(COMMITS);
    }

    public Document at(long position) {
        return commits.find(Filters.eq("_id", position)).first();
    }

    public long lastPosition() {
        Document last = commits.find().sort(Sorts.descending("_id")).limit(1).first();
        return last == null ? -1 : last.getLong("_id");
    }

    /** The positions of an aggregate's commits, in sequence order. */
    public List<Long> positionsOf(String aggregateId) {
        List<Long> positions = new java.util.ArrayList<>();
        for (Document commit = byKey(aggregateId, 0); commit != null; commit = byKey(aggregateId, commit.getLong("lastSequence") + 1)) {
            positions.add(commit.getLong("_id"));
        }
        return positions;
    }

    private Document byKey(String aggregateId, long firstSequence) {
        return commits.find(new Document("aggregateId", aggregateId).append("firstSequence", firstSequence)).first();
    }

    /** The position of an aggregate's commit that starts at {@code firstSequence}. */
    public long positionOf(String aggregateId, long firstSequence) {
        Document commit = commits.find(new Document("aggregateId", aggregateId).append("firstSequence", firstSequence)).first();
        if (commit == null) {
            throw new IllegalArgumentException("no commit of " + aggregateId + " at sequence " + firstSequence);
        }
        return commit.getLong("_id");
    }

    /** One character of the first event's payload changed: 'a' becomes 'b' or any other letter 'a'. */
    public void alterOneCharacter(long position) {
        String payload = at(position).getList("events", Document.class).get(0).getString("payload");
        int index = payload.indexOf(':') + 3;
        char changed = payload.charAt(index) == 'a' ? 'b' : 'a';
        commits.updateOne(Filters.eq("_id", position),
                Updates.set("events.0.payload", payload.substring(0, index) + changed + payload.substring(index + 1)));
    }

    public void delete(long position) {
        commits.deleteOne(Filters.eq("_id", position));
    }

    /** Every commit from {@code position} on deleted: the tail cut off. */
    public void truncateFrom(long position) {
        for (long p = lastPosition(); p >= position; p--) {
            delete(p);
        }
    }

    public void swap(long first, long second) {
        Document one = at(first);
        Document other = at(second);
        delete(first);
        delete(second);
        commits.insertOne(other.append("_id", first));
        commits.insertOne(one.append("_id", second));
    }

    /** A copy of the commit at {@code position}, for another aggregate, slipped in after the last commit. */
    public void insertCopyAtTail(long position) {
        Document copy = at(position);
        commits.insertOne(copy.append("_id", lastPosition() + 1).append("aggregateId", "forged-" + position)
                .append("firstSequence", 0L).append("lastSequence", 0L));
    }

    /**
     * A commit the ledger never appended, for the aggregate's next sequence number, slipped in after the
     * last commit: its content and its aggregate chain made right, its link in the store's chain not.
     */
    public void insertForged(String aggregateId) {
        Document last = null;
        for (long sequence = 0; ; ) {
            Document next = commits.find(new Document("aggregateId", aggregateId).append("firstSequence", sequence)).first();
            if (next == null) {
                break;
            }
            last = next;
            sequence = next.getLong("lastSequence") + 1;
        }
        if (last == null) {
            throw new IllegalArgumentException("no commits of " + aggregateId);
        }
        long sequence = last.getLong("lastSequence") + 1;
        Document event = new Document(last.getList("events", Document.class).get(0))
                .append("sequenceNumber", sequence).append("eventIdentifier", "forged-" + sequence);
        byte[] digest = LedgerHash.contentDigest(List.of(committed(last, event)));
        Document tail = at(lastPosition());
        commits.insertOne(new Document(last).append("_id", tail.getLong("_id") + 1).append("events", List.of(event))
                .append("firstSequence", sequence).append("lastSequence", sequence)
                .append("contentDigest", LedgerHash.hex(digest))
                .append("previousChainHash", tail.getString("chainHash"))
                .append("chainHash", LedgerHash.hex(LedgerHash.sha256(digest)))
                .append("previousAggregateHash", last.getString("aggregateHash"))
                .append("aggregateHash", LedgerHash.hex(LedgerHash.aggregateChainHash(
                        LedgerHash.fromHex(last.getString("aggregateHash")), sequence, digest))));
    }

    private static CommittedEvent committed(Document commit, Document event) {
        return new CommittedEvent(commit.getString("aggregateType"), commit.getString("aggregateId"),
                event.getLong("sequenceNumber"), event.getString("eventIdentifier"), event.getString("timestamp"),
                event.getString("payloadType"), event.getString("payloadRevision"), event.getString("payload"),
                event.getString("metadata"));
    }

    public void changeAggregateHash(long position) {
        commits.updateOne(Filters.eq("_id", position), Updates.set("aggregateHash", LedgerHash.hex(new byte[LedgerHash.SIZE])));
    }

    public void changeChainHash(long position) {
        commits.updateOne(Filters.eq("_id", position), Updates.set("chainHash", LedgerHash.hex(new byte[LedgerHash.SIZE])));
    }

    /**
     * What the ledger without verify-on-read did: with the commit at {@code position} deleted, a new commit
     * for the same sequence numbers appended at the tail, correctly chained to everything before it.
     */
    public void fork(long position) {
        Document removed = at(position);
        delete(position);
        String aggregateId = removed.getString("aggregateId");
        long firstSequence = removed.getLong("firstSequence");
        byte[] previousAggregate = LedgerHash.fromHex(removed.getString("previousAggregateHash"));
        Document tail = at(lastPosition());
        long forkAt = tail.getLong("_id") + 1;
        Document event = removed.getList("events", Document.class).get(0);
        event.put("eventIdentifier", event.getString("eventIdentifier") + "-fork");
        List<CommittedEvent> content = List.of(committed(removed, event));
        byte[] digest = LedgerHash.contentDigest(content);
        commits.insertOne(new Document(removed).append("_id", forkAt).append("events", List.of(event))
                .append("lastSequence", firstSequence)
                .append("contentDigest", LedgerHash.hex(digest))
                .append("chainHash", LedgerHash.hex(LedgerHash.chainHash(LedgerHash.fromHex(tail.getString("chainHash")),
                        forkAt, digest)))
                .append("aggregateHash", LedgerHash.hex(LedgerHash.aggregateChainHash(previousAggregate, firstSequence, digest))));
    }
}
