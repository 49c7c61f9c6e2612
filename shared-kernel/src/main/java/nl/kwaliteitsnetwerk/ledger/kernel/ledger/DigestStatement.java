package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

/**
 * What a service signs about its store: up to {@code position} (a tree of {@code position + 1} commits)
 * its chain ends in {@code chainHash} and its commits' content digests have Merkle root {@code merkleRoot}.
 * Signed with Ed25519 (in every JDK since 15) over {@link #bytes()}.
 */
public record DigestStatement(long position, byte[] chainHash, byte[] merkleRoot, Instant signedAt) {

    private static final byte[] TAG = "QAL-DIGEST-1\0".getBytes(StandardCharsets.US_ASCII);

    /** The bytes that are signed. */
    public byte[] bytes() {
        return new LedgerHash.Encoder(TAG).u64(position).raw(chainHash).raw(merkleRoot).str(signedAt.toString()).bytes();
    }

    public byte[] sign(PrivateKey key) {
        return Ed25519.sign(key, bytes());
    }

    public boolean verify(PublicKey key, byte[] signatureBytes) {
        return Ed25519.verify(key, bytes(), signatureBytes);
    }
}
