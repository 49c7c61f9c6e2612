package nl.kwaliteitsnetwerk.ledger.verifier;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a {@link PrintedProof} with nothing but its own content and, if given, a pinned key: that its content
 * digest is the leaf at its position under the signed Merkle root (RFC 9162 2.1.3.2), that the signed digest
 * verifies with the key (Ed25519), that the key is the one the stated fingerprint names, and that the public
 * feed's attestation, when the proof carries an entry, covers exactly the facts given for this commit.
 */
public final class ProofCheck {

    private ProofCheck() {
    }

    /** What was proven (one line each), and the first check that failed; null when all hold. */
    public record Report(List<String> lines, String problem) {

        public boolean holds() {
            return problem == null;
        }

        public String describe() {
            return String.join(System.lineSeparator(), lines) + System.lineSeparator()
                    + (holds() ? "VERIFIED" : "NOT VERIFIED: " + problem);
        }
    }

    /** {@code pinnedKey}: the service's published key (base64 X.509), or null to take the proof's own. */
    public static Report check(PrintedProof proof, String pinnedKey) {
        List<String> lines = new ArrayList<>();
        if (proof == null || !PrintedProof.DOCUMENT.equals(proof.document()) || proof.version() != PrintedProof.VERSION) {
            return new Report(lines, "not a ledger-proof document of version " + PrintedProof.VERSION);
        }
        try {
            return check(proof, pinnedKey, lines);
        } catch (RuntimeException unreadable) {
            return new Report(lines, "the proof cannot be read: " + unreadable.getMessage());
        }
    }

    private static Report check(PrintedProof proof, String pinnedKey, List<String> lines) {
        LedgerFile.Digest signed = proof.signedDigest();
        lines.add("ledger-proof v" + proof.version() + " of " + proof.ledger() + ", position " + proof.position());
        if (proof.record() != null) {
            lines.add("record: " + proof.record().kind() + " " + proof.record().id()
                    + (proof.record().title() == null ? "" : " \"" + proof.record().title() + "\"")
                    + (proof.record().contentDigest() == null ? "" : ", record digest " + proof.record().contentDigest()));
        }
        byte[] proofKey = Base64.getDecoder().decode(proof.publicKey().x509());
        if (!LedgerHash.hex(LedgerHash.sha256(proofKey)).equals(proof.publicKey().sha256())) {
            return new Report(lines, "the key's stated fingerprint is not the SHA-256 of the key given");
        }
        if (pinnedKey != null && !Arrays.equals(Base64.getDecoder().decode(pinnedKey.strip()), proofKey)) {
            return new Report(lines, "the proof's key is not the pinned key (fingerprint " + proof.publicKey().sha256() + ")");
        }
        PublicKey key = OfflineVerifier.publicKey(proof.publicKey().x509());
        PrintedProof.Inclusion inclusion = proof.inclusion();
        List<byte[]> path = inclusion.auditPath().stream().map(LedgerHash::fromHex).toList();
        if (inclusion.leafIndex() != proof.position() || inclusion.treeSize() != signed.position() + 1
                || inclusion.treeSize() > Integer.MAX_VALUE || !MerkleTree.verifyInclusion(LedgerHash.fromHex(proof.contentDigest()),
                (int) inclusion.leafIndex(), (int) inclusion.treeSize(), path, LedgerHash.fromHex(signed.merkleRoot()))) {
            return new Report(lines, "the inclusion proof does not lead to the signed Merkle root");
        }
        lines.add("OK inclusion: content digest " + proof.contentDigest() + " is commit " + proof.position() + " of the "
                + inclusion.treeSize() + " under Merkle root " + signed.merkleRoot());
        if (!signed.statement().verify(key, signed.signatureBytes())) {
            return new Report(lines, "the signature of the digest at position " + signed.position() + " does not verify");
        }
        if (signed.position() == proof.position() && !signed.chainHash().equals(proof.chainHash())) {
            return new Report(lines, "the commit's chain hash is not the one signed at its position");
        }
        lines.add("OK signature: the digest at position " + signed.position() + ", signed at " + signed.signedAt()
                + ", verifies with the Ed25519 key of fingerprint " + proof.publicKey().sha256());
        if (proof.publicEntry() != null) {
            String problem = attestationProblem(proof, key);
            if (problem != null) {
                return new Report(lines, problem);
            }
            PublicFeedEntry entry = entry(proof);
            lines.add("OK public facts: the service attests " + entry.facts().size() + " fact(s) of this commit: "
                    + entry.facts().stream().map(PublicFact::factType).collect(Collectors.joining(", ")));
        }
        lines.add(pinnedKey != null ? "the key is the pinned one"
                : "NOTE: the key was taken from the proof itself; compare its fingerprint " + proof.publicKey().sha256()
                + " with the one the service publishes (GET /ledger/public-key), or pin the key with --public-key");
        return new Report(lines, null);
    }

    private static String attestationProblem(PrintedProof proof, PublicKey key) {
        PublicFeedEntry entry = entry(proof);
        if (entry.position() != proof.position() || !entry.contentDigest().equals(proof.contentDigest())
                || !entry.ledger().equals(proof.ledger())) {
            return "the public feed entry is not of this commit";
        }
        byte[] given = LedgerHash.sha256(proof.publicEntry().factsJson().getBytes(StandardCharsets.UTF_8));
        if (!Arrays.equals(given, PublicFeedEntry.factsDigest(entry.facts()))) {
            return "the public facts given are not the ones the entry tells";
        }
        return entry.attestationHolds(key) ? null : "the service's signature does not cover the public facts given";
    }

    private static PublicFeedEntry entry(PrintedProof proof) {
        return PublicFeedEntry.fromJson(proof.publicEntry().entry().toString());
    }
}
