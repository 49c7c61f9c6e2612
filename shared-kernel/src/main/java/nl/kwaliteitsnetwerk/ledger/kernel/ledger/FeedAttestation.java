package nl.kwaliteitsnetwerk.ledger.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * What a service signs about one entry of its public feed: the commit at {@code position} of the
 * ledger named {@code ledger}, whose content digest is {@code contentDigest}, tells the public facts
 * whose digest is {@code factsDigest}. The chain proves the commit; this binds the facts to it, so a
 * receiver knows they come from the service unaltered without seeing the commit's content.
 */
public record FeedAttestation(String ledger, long position, byte[] contentDigest, byte[] factsDigest) {

    private static final byte[] TAG = "QAL-FEED-1\0".getBytes(StandardCharsets.US_ASCII);

    /** The bytes that are signed. */
    public byte[] bytes() {
        return new LedgerHash.Encoder(TAG).str(ledger).u64(position).raw(contentDigest).raw(factsDigest).bytes();
    }

    public byte[] sign(PrivateKey key) {
        return Ed25519.sign(key, bytes());
    }

    public boolean verify(PublicKey key, byte[] signatureBytes) {
        return Ed25519.verify(key, bytes(), signatureBytes);
    }
}
