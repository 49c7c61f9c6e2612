package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A saved ledger export of any service (format version 1), of either kind its {@code contents} names: the
 * proof export that {@code GET /ledger/export} serves (every commit's place and hashes, no events) or the
 * full export the operator makes on the host for a restore (every commit with its events; an export without
 * {@code contents} is a full one). Fields it does not know are skipped, so a proof export of the earlier
 * shape, which also gave each commit's time and event types, still reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerFile(int formatVersion, String contents, String publicKey, List<Commit> commits, List<Digest> digests) {

    public static final String FULL = "full";
    public static final String PROOF = "proof";

    /**
     * One commit. A full export gives its {@code events}, from which its content digest is recomputed; a proof
     * export gives instead its {@code lastSequence}, and its content digest is taken as given.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commit(long position, String aggregateType, String aggregateId, long firstSequence, Long lastSequence,
                         List<CommittedEvent> events, String contentDigest, String chainHash, String previousAggregateHash,
                         String aggregateHash) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Digest(long position, String chainHash, String merkleRoot, Instant signedAt, String signature) {

        /** What was signed; check it with {@link DigestStatement#verify} and {@link #signatureBytes()}. */
        public DigestStatement statement() {
            return new DigestStatement(position, LedgerHash.fromHex(chainHash), LedgerHash.fromHex(merkleRoot), signedAt);
        }

        public byte[] signatureBytes() {
            return Base64.getDecoder().decode(signature);
        }
    }

    /** The kind of export: {@link #FULL} when the file does not say. */
    public String kind() {
        return contents == null ? FULL : contents;
    }
}
