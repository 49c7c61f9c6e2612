package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The ledger written out for an offline verifier: every commit in position order with its events
 * (the exact stored strings) and its hashes, the signed digests, and the public key that signed them.
 */
public final class LedgerExport {

    private LedgerExport() {
    }

    public record ExportedCommit(long position, String aggregateType, String aggregateId, long firstSequence,
                                 List<CommittedEvent> events, String contentDigest, String chainHash,
                                 String previousAggregateHash, String aggregateHash) {
    }

    public record Export(int formatVersion, String publicKey, List<ExportedCommit> commits,
                         List<LedgerDigests.SignedDigest> digests) {
    }

    public static Export of(MongoDatabase database, LedgerDigests digests) {
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        List<ExportedCommit> exported = new ArrayList<>();
        for (long p = 0; ; p++) {
            Document commit = commits.find(Filters.eq("_id", p)).first();
            if (commit == null) {
                break;
            }
            exported.add(new ExportedCommit(p, commit.getString("aggregateType"), commit.getString("aggregateId"),
                    commit.getLong("firstSequence"), commit.getList("events", Document.class).stream()
                    .map(e -> LedgerDocuments.committed(commit, e)).toList(), commit.getString("contentDigest"),
                    commit.getString("chainHash"), commit.getString("previousAggregateHash"), commit.getString("aggregateHash")));
        }
        return new Export(1, Base64.getEncoder().encodeToString(digests.publicKey()), exported, digests.all());
    }
}
