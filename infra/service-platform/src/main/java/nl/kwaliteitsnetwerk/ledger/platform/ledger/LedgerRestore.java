package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerRestoreReport.Reason;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerRestoreReport.Refusal;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Restores a service's ledger from a full export (format version 1, made by {@link LedgerExportCommand}) into
 * an empty database, for the operator after a break (README, "Recovery after a break"); a proof export
 * ({@code GET /ledger/export}) is refused, since it holds no events. It writes what the
 * engine would have written: the commits (their documents from {@link LedgerDocuments}), the signed digests
 * the restored commits reach (as {@link LedgerDigests} keeps them) and each aggregate's head.
 * <p>
 * It writes nothing unless the whole export verifies: positions gap-free from 0, every content digest
 * recomputed from its events, the store's chain, every aggregate's chain and sequence, and every signed
 * digest (signature, and chain hash and Merkle root at its position). So it reads the file three times:
 * the key and digests, then every commit to verify, then every commit again, verified again, to write.
 * Why not write up to the first break and stop there: the target is to become the live store, and a
 * store cut short at a break verifies intact on its own, so a service started on it would serve a shorter
 * ledger with nothing to say so. The refusal names the break and how many commits before it verify, which
 * is what the operator needs to judge a damaged export; and a second attempt needs no clean-up first.
 * <p>
 * An export that ends below its own latest signed digest (taken from a store whose tail was already cut)
 * is restored, and the report names the positions that digest proves were lost. Digests beyond the
 * restored end are not written: the restored store would otherwise never verify again, and new commits
 * cannot bring those positions back. Memory grows with the number of aggregates and signed digests, not
 * with the number of commits.
 */
public final class LedgerRestore {

    /** Each aggregate's head: {@code {_id: aggregateId, lastSequence, positions}}, as the engine keeps it. */
    public static final String AGGREGATE_HEADS = LedgerStorageEngine.AGGREGATE_HEADS;
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(LedgerRestore.class);

    private final MongoDatabase target;

    public LedgerRestore(MongoDatabase target) {
        this.target = target;
    }

    /** Restores {@code export}, trusting the public key it carries (proves integrity, not who signed). */
    public LedgerRestoreReport restore(Path export) {
        return restore(export, null);
    }

    /**
     * Restores {@code export} if its digests are signed with {@code expectedPublicKey} (X.509 encoded, as
     * {@code GET /ledger/public-key} serves it and the key directory keeps it); null trusts the export's own key.
     */
    public LedgerRestoreReport restore(Path export, byte[] expectedPublicKey) {
        LedgerDigests.SignedDigest latestSigned = null;
        try {
            refuseUnlessEmpty();
            ExportFile.Header header = ExportFile.header(export);
            latestSigned = header.digests().isEmpty() ? null : header.digests().get(header.digests().size() - 1);
            checkSignatures(header, expectedPublicKey);
            verify(export, header);
            LedgerRestoreReport report = write(export, header, latestSigned);
            log.info("Ledger restored from {}: {}", export, String.join(" ", report.describe()));
            report.lost().ifPresent(lost -> log.warn("Ledger restored without positions {} to {}, which the digest signed at {} proves existed",
                    lost.firstPosition(), lost.lastPosition(), lost.provenBy().signedAt()));
            return report;
        } catch (RestoreRefused refused) {
            LedgerRestoreReport report = LedgerRestoreReport.refused(refused.refusal(), latestSigned);
            log.warn("Ledger restore from {} refused: {}", export, String.join(" ", report.describe()));
            return report;
        }
    }

    /**
     * Any document in the target refuses the restore, not only a commit: tracking tokens or read models left
     * from a broken store would make the processors skip the restored history.
     */
    private void refuseUnlessEmpty() {
        List<String> holding = new ArrayList<>();
        for (String name : target.listCollectionNames()) {
            if (!name.startsWith("system.") && target.getCollection(name).find().limit(1).first() != null) {
                holding.add(name);
            }
        }
        if (!holding.isEmpty()) {
            throw new RestoreRefused(new Refusal(Reason.TARGET_NOT_EMPTY, null, "it holds documents in " + holding
                    + "; restore into a new database, or drop this one", 0));
        }
    }

    /** Before any commit is read: every digest signed by the export's key, the key the expected one, positions ascending. */
    private static void checkSignatures(ExportFile.Header header, byte[] expectedPublicKey) {
        byte[] encoded;
        PublicKey key;
        try {
            encoded = Base64.getDecoder().decode(header.publicKey());
            key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw RestoreRefused.unreadable("its publicKey is not an Ed25519 key (base64 X.509)");
        }
        if (expectedPublicKey != null && !Arrays.equals(encoded, expectedPublicKey)) {
            throw new RestoreRefused(new Refusal(Reason.UNTRUSTED_KEY, null, "the export's digests are signed with key "
                    + header.publicKey() + ", not with the key given: " + Base64.getEncoder().encodeToString(expectedPublicKey), 0));
        }
        long previous = -1;
        for (LedgerDigests.SignedDigest digest : header.digests()) {
            if (digest == null || digest.position() <= previous) {
                throw RestoreRefused.unreadable("its digests are not in ascending order of position");
            }
            previous = digest.position();
            if (!signatureHolds(digest, key)) {
                throw RestoreRefused.broken(new LedgerBreak(digest.position(), null, Kind.ALTERED,
                        "the digest signed at " + digest.signedAt() + " does not verify under the export's key: forged"), 0);
            }
        }
    }

    private static boolean signatureHolds(LedgerDigests.SignedDigest digest, PublicKey key) {
        try {
            return digest.statement().verify(key, Base64.getDecoder().decode(digest.signature()));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static void verify(Path export, ExportFile.Header header) {
        ExportCheck check = new ExportCheck(header.digests());
        try (ExportFile.Commits commits = ExportFile.commits(export)) {
            for (var commit = commits.next(); commit != null; commit = commits.next()) {
                check.check(commit, commits::peek);
            }
        }
    }

    /** Checks every commit again as it writes it: the file may have changed since it was verified. */
    private LedgerRestoreReport write(Path export, ExportFile.Header header, LedgerDigests.SignedDigest latestSigned) {
        ExportCheck check = new ExportCheck(header.digests());
        try (ExportFile.Commits commits = ExportFile.commits(export)) {
            Batches batches = new Batches(target.getCollection(LedgerStorageEngine.COMMITS), this::recordHeads);
            for (var commit = commits.next(); commit != null; commit = commits.next()) {
                batches.add(check.check(commit, commits::peek));
            }
            batches.flush();
            Map<String, Long> lastSequences = check.heads();
            Batches digests = new Batches(target.getCollection(LedgerDigests.DIGESTS), written -> {
            });
            int restoredDigests = 0;
            for (LedgerDigests.SignedDigest digest : header.digests()) {
                if (digest.position() < check.commitsChecked()) {
                    digests.add(LedgerDigests.document(digest));
                    restoredDigests++;
                }
            }
            digests.flush();
            return LedgerRestoreReport.restored(check.commitsChecked(), restoredDigests, lastSequences.size(), latestSigned);
        } catch (RuntimeException e) {
            removeWhatWasWritten();
            Refusal refusal = e instanceof RestoreRefused refused ? refused.refusal()
                    : new Refusal(Reason.WRITE_FAILED, null, String.valueOf(e.getMessage()), check.commitsChecked());
            throw new RestoreRefused(refusal);
        }
    }

    /**
     * The heads of the commits just written, by the engine's own update ({@link LedgerDocuments#headAfter}), in one
     * round trip per batch: memory stays with the batch, and every head lists its commits' positions in order.
     */
    private void recordHeads(List<Document> written) {
        List<UpdateOneModel<Document>> updates = written.stream()
                .filter(commit -> !commit.getString("aggregateType").isEmpty())
                .map(commit -> new UpdateOneModel<Document>(Filters.eq("_id", commit.getString("aggregateId")),
                        LedgerDocuments.headAfter(commit.getLong("lastSequence"), commit.getLong("_id")),
                        new UpdateOptions().upsert(true)))
                .toList();
        if (!updates.isEmpty()) {
            target.getCollection(AGGREGATE_HEADS).bulkWrite(updates);
        }
    }

    /** The target held nothing before: what the restore wrote is all there is. */
    private void removeWhatWasWritten() {
        List.of(LedgerStorageEngine.COMMITS, AGGREGATE_HEADS, LedgerDigests.DIGESTS)
                .forEach(name -> target.getCollection(name).drop());
    }

    /** Inserts in batches of {@value #BATCH}, in order, and hands each batch written to {@code written}. */
    private static final class Batches {
        private final MongoCollection<Document> collection;
        private final Consumer<List<Document>> written;
        private final List<Document> pending = new ArrayList<>(BATCH);

        Batches(MongoCollection<Document> collection, Consumer<List<Document>> written) {
            this.collection = collection;
            this.written = written;
        }

        void add(Document document) {
            pending.add(document);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                collection.insertMany(pending);
                written.accept(pending);
                pending.clear();
            }
        }
    }
}
