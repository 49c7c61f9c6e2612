package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests.SignedDigest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The JSON document "ledger-proof", version 1: that one commit of a service's ledger (its position and
 * content digest) is among those a signed digest covers, with everything needed to check it without the
 * service: the RFC 6962 audit path, the signed digest and the key that signed it. A page embeds it for the
 * browser's check (verify.js) and a PDF export carries it as the attached file {@code ledger-proof.json}
 * for the offline verifier ({@code check-pdf}). Hashes are lower-case hex, the signature and key base64.
 *
 * @param publicEntry the public feed's entry of the commit when it tells public facts; null otherwise
 * @param record      what the caller proves with it (a report, a decision); null until {@link #about} fills it
 */
public record CommitProof(String document, int version, String ledger, long position, String contentDigest,
                          String chainHash, SignedDigest signedDigest, Inclusion inclusion, Key publicKey,
                          PublicEntry publicEntry, Proven record) {

    public static final String DOCUMENT = "ledger-proof";
    public static final int VERSION = 1;

    public CommitProof {
        if (Stream.of(ledger, contentDigest, signedDigest, inclusion, publicKey).anyMatch(Objects::isNull)) {
            throw new NullPointerException("a ledger proof needs its ledger, commit, signed digest, path and key");
        }
    }

    /** The audit path of leaf {@code leafIndex} (= the position) in the tree of {@code treeSize} commits, from the leaf up. */
    public record Inclusion(long leafIndex, long treeSize, List<String> auditPath) {
        public Inclusion {
            auditPath = List.copyOf(auditPath);
        }
    }

    /** The Ed25519 key that signs the service's digests: X.509 in base64, and SHA-256 of those bytes to compare. */
    public record Key(String algorithm, String x509, String sha256) {

        public static Key of(byte[] x509) {
            return new Key("Ed25519", java.util.Base64.getEncoder().encodeToString(x509), LedgerHash.hex(LedgerHash.sha256(x509)));
        }
    }

    /**
     * The feed's entry as the feed serves it, and its facts as the compact JSON the attestation signs
     * ({@code factsJson}: SHA-256 of its UTF-8 bytes is the facts digest), so a browser hashes exactly those bytes.
     */
    public record PublicEntry(JsonNode entry, String factsJson) {
    }

    /**
     * What the proof is shown for, filled by the service: a kind (e.g. {@code audit-final-report}), the record's
     * id and title, and the record's own content digest where it has one (e.g. an audit report's digest); the
     * ledger proves the commit, this block says what the reader holds in hand.
     */
    public record Proven(String kind, String id, String title, String contentDigest) {
        public Proven {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    /** The same proof, said to be of {@code proven}. */
    public CommitProof about(Proven proven) {
        return new CommitProof(document, version, ledger, position, contentDigest, chainHash, signedDigest, inclusion,
                publicKey, publicEntry, proven);
    }

    /** The same proof with the feed's entry of the commit. */
    CommitProof withEntry(PublicEntry entry) {
        return new CommitProof(document, version, ledger, position, contentDigest, chainHash, signedDigest, inclusion,
                publicKey, entry, record);
    }
}
