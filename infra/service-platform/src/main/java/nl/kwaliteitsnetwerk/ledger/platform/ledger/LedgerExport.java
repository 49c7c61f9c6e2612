package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The full export (format version 1): every commit in position order with its events (the exact stored
 * strings, payloads and metadata included) and its hashes, the signed digests, and the public key that
 * signed them. It is what a restore reads, so it holds all the content: only the operator makes it, on
 * the host ({@link LedgerExportCommand}); the API serves the {@link LedgerProofExport} instead.
 */
public final class LedgerExport {

    /** The value of {@code contents} that marks a full export; an export without the field is a full one too. */
    public static final String FULL = "full";

    private LedgerExport() {
    }

    public record ExportedCommit(long position, String aggregateType, String aggregateId, long firstSequence,
                                 List<CommittedEvent> events, String contentDigest, String chainHash,
                                 String previousAggregateHash, String aggregateHash) {
    }

    public record Export(int formatVersion, String contents, String publicKey, List<ExportedCommit> commits,
                         List<LedgerDigests.SignedDigest> digests) {
    }

    /** Every commit from position 0 up to the first one missing, as read now, unverified, with every signed digest. */
    public static Export of(MongoDatabase database, LedgerDigests digests) {
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        List<Document> read = new ArrayList<>();
        for (Document commit = LedgerStorageEngine.commitAt(commits, 0); commit != null;
             commit = LedgerStorageEngine.commitAt(commits, read.size())) {
            read.add(commit);
        }
        return new Export(ExportFile.FORMAT_VERSION, FULL, publicKey(digests), read.stream().map(LedgerExport::commit).toList(),
                digests.all());
    }

    static ExportedCommit commit(Document commit) {
        return new ExportedCommit(commit.getLong("_id"), commit.getString("aggregateType"), commit.getString("aggregateId"),
                commit.getLong("firstSequence"),
                commit.getList("events", Document.class).stream().map(e -> LedgerDocuments.committed(commit, e)).toList(),
                commit.getString("contentDigest"), commit.getString("chainHash"), commit.getString("previousAggregateHash"),
                commit.getString("aggregateHash"));
    }

    static String publicKey(LedgerDigests digests) {
        return Base64.getEncoder().encodeToString(digests.publicKey());
    }

    /**
     * The signed digests an export of the commits up to {@code lastPosition} carries: a digest beyond it was
     * signed after the verification that read those commits began, over commits the export does not hold.
     */
    static List<LedgerDigests.SignedDigest> signedUpTo(List<LedgerDigests.SignedDigest> digests, long lastPosition) {
        return digests.stream().filter(digest -> digest.position() <= lastPosition).toList();
    }
}
