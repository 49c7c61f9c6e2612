package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** A saved ledger export, as {@code GET /ledger/export} of any service writes it (format version 1). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerFile(int formatVersion, String publicKey, List<Commit> commits, List<Digest> digests) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commit(long position, String aggregateType, String aggregateId, long firstSequence,
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
}
