package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.bson.Document;

import java.util.List;

/**
 * The proof export that {@code GET /ledger/export} serves to administrators: for every commit its place
 * (position, aggregate, sequence numbers) and all its hashes, with the signed digests and the public key.
 * That is everything the offline verifier needs to check the store's chain, every aggregate's chain, the
 * signatures and the Merkle roots, and nothing of the content: no payload, no metadata (which names who
 * acted), no event identifier, and neither the event types nor the commit times, which the verifier does
 * not use and which would tell an administrator how many comments, retractions or answers a record had and
 * when (content hidden from administrators everywhere else). The content digests
 * are given, not proven from events; because each one also covers its events' random identifiers, which
 * are left out, a digest cannot be used to confirm a guessed text either (an event of no aggregate, which
 * no service writes, has its identifier for aggregate id). An administrator sees planning data, not
 * content; the full export, which a restore needs, is made on the host ({@link LedgerExportCommand}).
 */
public final class LedgerProofExport {

    /** The value of {@code contents} that marks a proof export; a restore refuses it. */
    public static final String PROOF = "proof";

    private LedgerProofExport() {
    }

    /** One commit without its events, its event types or its time: its place and its hashes. */
    @Schema(name = "LedgerProvenCommit")
    public record ProvenCommit(long position, String aggregateType, String aggregateId, long firstSequence,
                               long lastSequence, String contentDigest, String chainHash, String previousAggregateHash,
                               String aggregateHash) {
    }

    @Schema(name = "LedgerProofExport")
    public record Export(int formatVersion, String contents, String publicKey, List<ProvenCommit> commits,
                         List<LedgerDigests.SignedDigest> digests) {
    }

    /** The given commit documents, in position order from 0: those a verification has just read and found intact. */
    static Export of(List<Document> commits, LedgerDigests digests) {
        List<ProvenCommit> proven = commits.stream().map(LedgerProofExport::commit).toList();
        long lastPosition = proven.isEmpty() ? -1 : proven.get(proven.size() - 1).position();
        return new Export(ExportFile.FORMAT_VERSION, PROOF, LedgerExport.publicKey(digests), proven,
                LedgerExport.signedUpTo(digests.all(), lastPosition));
    }

    private static ProvenCommit commit(Document commit) {
        return new ProvenCommit(commit.getLong("_id"), commit.getString("aggregateType"), commit.getString("aggregateId"),
                commit.getLong("firstSequence"), commit.getLong("lastSequence"), commit.getString("contentDigest"),
                commit.getString("chainHash"), commit.getString("previousAggregateHash"), commit.getString("aggregateHash"));
    }
}
