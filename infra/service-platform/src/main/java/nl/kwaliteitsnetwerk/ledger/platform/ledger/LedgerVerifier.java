package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.bson.Document;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the ledger from its first position on: every commit's content digest against its events,
 * its link in the store's chain, and its link in its aggregate's chain; and that no position is
 * missing before the last one. Names the first broken link.
 */
public final class LedgerVerifier {

    private final MongoCollection<Document> commits;

    public LedgerVerifier(MongoDatabase database) {
        this.commits = database.getCollection(LedgerStorageEngine.COMMITS);
    }

    /** The outcome: how many commits were checked, and the first broken link if there is one. */
    public record Verification(long commitsChecked, Long brokenAt, String problem) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    public Verification verify() {
        byte[] chain = LedgerHash.GENESIS;
        Map<String, byte[]> aggregates = new HashMap<>();
        long position = 0;
        for (Document commit = at(0); commit != null; commit = at(++position)) {
            Document current = commit;
            List<CommittedEvent> events = commit.getList("events", Document.class).stream()
                    .map(e -> LedgerDocuments.committed(current, e)).toList();
            byte[] digest = LedgerHash.contentDigest(events);
            if (!Arrays.equals(digest, LedgerHash.fromHex(commit.getString("contentDigest")))) {
                return broken(position, "its events do not match its content digest: altered");
            }
            chain = LedgerHash.chainHash(chain, position, digest);
            if (!Arrays.equals(chain, LedgerHash.fromHex(commit.getString("chainHash")))) {
                return broken(position, "its chain hash does not follow from the commit before it: removed, inserted or reordered");
            }
            String aggregateId = commit.getString("aggregateId");
            byte[] previous = aggregates.getOrDefault(aggregateId, LedgerHash.GENESIS);
            byte[] aggregate = LedgerHash.aggregateChainHash(previous, commit.getLong("firstSequence"), digest);
            if (!Arrays.equals(aggregate, LedgerHash.fromHex(commit.getString("aggregateHash")))) {
                return broken(position, "its link in the chain of aggregate " + aggregateId + " is wrong");
            }
            aggregates.put(aggregateId, aggregate);
        }
        if (commits.find(Filters.gt("_id", position)).limit(1).first() != null) {
            return broken(position, "position " + position + " is missing while later ones exist: removed");
        }
        return new Verification(position, null, null);
    }

    /** One aggregate's chain on its own: its commits in sequence order, by exact key. */
    public Verification verifyAggregate(String aggregateId) {
        byte[] previous = LedgerHash.GENESIS;
        long checked = 0;
        long firstSequence = 0;
        for (Document commit = commitOf(aggregateId, 0); commit != null; commit = commitOf(aggregateId, firstSequence)) {
            Document current = commit;
            long position = commit.getLong("_id");
            byte[] digest = LedgerHash.contentDigest(commit.getList("events", Document.class).stream()
                    .map(e -> LedgerDocuments.committed(current, e)).toList());
            if (!Arrays.equals(digest, LedgerHash.fromHex(commit.getString("contentDigest")))) {
                return broken(position, "its events do not match its content digest: altered");
            }
            byte[] link = LedgerHash.aggregateChainHash(previous, commit.getLong("firstSequence"), digest);
            if (!Arrays.equals(previous, LedgerHash.fromHex(commit.getString("previousAggregateHash")))
                    || !Arrays.equals(link, LedgerHash.fromHex(commit.getString("aggregateHash")))) {
                return broken(position, "its link in the chain of aggregate " + aggregateId + " is wrong");
            }
            previous = link;
            checked++;
            firstSequence = commit.getLong("lastSequence") + 1;
        }
        return new Verification(checked, null, null);
    }

    private Document commitOf(String aggregateId, long firstSequence) {
        return commits.find(LedgerDocuments.aggregateKey(aggregateId, firstSequence)).first();
    }

    private Document at(long position) {
        return commits.find(Filters.eq("_id", position)).first();
    }

    private Verification broken(long position, String problem) {
        return new Verification(position, position, "commit " + position + ": " + problem);
    }
}
