package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import org.bson.Document;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Signs and records digests of the ledger (position, chain hash, Merkle root over the content digests
 * up to it), and proves one commit's inclusion under a digest.
 */
public class LedgerDigests {

    public static final String DIGESTS = "ledger_digests";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> digests;
    private final KeyPair keys;
    private final Clock clock;
    private final LedgerIntegrity integrity;
    private final List<Consumer<SignedDigest>> whenSigned = new CopyOnWriteArrayList<>();

    private final MongoDatabase database;

    public LedgerDigests(MongoDatabase database, KeyPair keys, Clock clock) {
        this(database, keys, clock, new LedgerIntegrity());
    }

    public LedgerDigests(MongoDatabase database, KeyPair keys, Clock clock, LedgerIntegrity integrity) {
        this.database = database;
        this.commits = database.getCollection(LedgerStorageEngine.COMMITS);
        this.digests = database.getCollection(DIGESTS);
        this.keys = keys;
        this.clock = clock;
        this.integrity = integrity;
    }

    /** A signed digest as served and exported; hashes and signature in hex and base64. */
    public record SignedDigest(long position, String chainHash, String merkleRoot, Instant signedAt, String signature) {

        public DigestStatement statement() {
            return new DigestStatement(position, LedgerHash.fromHex(chainHash), LedgerHash.fromHex(merkleRoot), signedAt);
        }
    }

    /** One commit's place under a digest: its content digest, the audit path, and the digest itself. */
    public record InclusionProof(long position, String contentDigest, long treeSize, List<String> auditPath,
                                 SignedDigest digest) {
    }

    /**
     * Signs the ledger as it stands now; empty while it holds no commit. A store that does not verify is
     * not signed: a signature would vouch for the break.
     */
    public synchronized Optional<SignedDigest> signNow() {
        List<Document> all = new ArrayList<>();
        LedgerVerifier.Verification verification = new LedgerVerifier(database, keys.getPublic()).verify(all::add);
        if (!verification.intact()) {
            throw integrity.refuse(verification.breaks());
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Document last = all.get(all.size() - 1);
        long position = last.getLong("_id");
        byte[] root = MerkleTree.root(all.stream().map(c -> LedgerHash.fromHex(c.getString("contentDigest"))).toList());
        DigestStatement statement = new DigestStatement(position, LedgerHash.fromHex(last.getString("chainHash")), root,
                clock.instant());
        SignedDigest signed = new SignedDigest(position, last.getString("chainHash"), LedgerHash.hex(root),
                statement.signedAt(), Base64.getEncoder().encodeToString(statement.sign(keys.getPrivate())));
        digests.replaceOne(Filters.eq("_id", position), document(signed), new ReplaceOptions().upsert(true));
        whenSigned.forEach(listener -> listener.accept(signed));
        return Optional.of(signed);
    }

    /** Told every digest once it is signed and recorded (the public feed passes it on). */
    public void whenSigned(Consumer<SignedDigest> listener) {
        whenSigned.add(listener);
    }

    public Optional<SignedDigest> latest() {
        return Optional.ofNullable(digests.find().sort(Sorts.descending("_id")).limit(1).first()).map(LedgerDigests::signed);
    }

    public List<SignedDigest> all() {
        List<SignedDigest> all = new ArrayList<>();
        digests.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(signed(d)));
        return all;
    }

    /** The proof that the commit at {@code position} is among those the latest digest covers. */
    public Optional<InclusionProof> proveInclusion(long position) {
        return latest().filter(digest -> position >= 0 && position <= digest.position()).map(digest -> {
            List<byte[]> leaves = commitsUpTo(digest.position()).stream()
                    .map(c -> LedgerHash.fromHex(c.getString("contentDigest"))).toList();
            if (leaves.size() != digest.position() + 1) {
                throw integrity.refuse(List.of(new LedgerBreak((long) leaves.size(), null, LedgerBreak.Kind.REMOVED,
                        "position " + leaves.size() + ", which the latest signed digest covers, is missing")));
            }
            List<String> path = MerkleTree.inclusionProof((int) position, leaves).stream().map(LedgerHash::hex).toList();
            return new InclusionProof(position, LedgerHash.hex(leaves.get((int) position)), leaves.size(), path, digest);
        });
    }

    public byte[] publicKey() {
        return keys.getPublic().getEncoded();
    }

    private List<Document> commitsUpTo(long lastPosition) {
        List<Document> all = new ArrayList<>();
        for (long p = 0; p <= lastPosition; p++) {
            Document commit = commits.find(Filters.eq("_id", p)).first();
            if (commit == null) {
                break;
            }
            all.add(commit);
        }
        return all;
    }

    /** A signed digest as {@value #DIGESTS} keeps it (a restore writes it so too). */
    static Document document(SignedDigest signed) {
        return new Document("_id", signed.position())
                .append("chainHash", signed.chainHash()).append("merkleRoot", signed.merkleRoot())
                .append("signedAt", signed.signedAt().toString()).append("signature", signed.signature());
    }

    /** A recorded digest as served; one whose fields cannot be read is a break of the ledger, not a 500. */
    static SignedDigest signed(Document d) {
        try {
            SignedDigest signed = new SignedDigest(d.getLong("_id"), d.getString("chainHash"), d.getString("merkleRoot"),
                    Instant.parse(d.getString("signedAt")), d.getString("signature"));
            signed.statement();
            return signed;
        } catch (RuntimeException unreadable) {
            throw new LedgerIntegrityException(new LedgerBreak(CommitChecks.number(d, "_id"), null, LedgerBreak.Kind.ALTERED,
                    "the signed digest recorded here cannot be read"));
        }
    }
}
