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

    /** Every commit from position 0 up to the first one missing, as read now. */
    public static Export of(MongoDatabase database, LedgerDigests digests) {
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        List<Document> read = new ArrayList<>();
        for (Document commit = commits.find(Filters.eq("_id", 0L)).first(); commit != null;
             commit = commits.find(Filters.eq("_id", (long) read.size())).first()) {
            read.add(commit);
        }
        return of(read, digests);
    }

    /** The given commit documents, in position order: those a verification has just read and checked. */
    static Export of(List<Document> commits, LedgerDigests digests) {
        List<ExportedCommit> exported = commits.stream().map(commit -> new ExportedCommit(commit.getLong("_id"),
                commit.getString("aggregateType"), commit.getString("aggregateId"), commit.getLong("firstSequence"),
                commit.getList("events", Document.class).stream().map(e -> LedgerDocuments.committed(commit, e)).toList(),
                commit.getString("contentDigest"), commit.getString("chainHash"), commit.getString("previousAggregateHash"),
                commit.getString("aggregateHash"))).toList();
        return new Export(1, Base64.getEncoder().encodeToString(digests.publicKey()), exported, digests.all());
    }
}
