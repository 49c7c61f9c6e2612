package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
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
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(bytes());
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a ledger digest with Ed25519", e);
        }
    }

    public boolean verify(PublicKey key, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(bytes());
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
