package nl.kwaliteitsnetwerk.ledger.kernel.publicfeed;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.FeedAttestation;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * One commit of a service's ledger, as the public feed gives it: always its position, content digest
 * and chain hash, so that a receiver can verify the whole chain; and the public facts it tells, if
 * any, with the service's signature binding them to the commit. A commit with nothing public is given
 * by position and digests only.
 *
 * @param ledger      the service whose ledger this is (e.g. {@code audit-service})
 * @param attestation Base64 Ed25519 signature over {@link FeedAttestation#bytes()}; null when {@code facts} is empty
 */
public record PublicFeedEntry(
        int feedVersion,
        String ledger,
        long position,
        String contentDigest,
        String chainHash,
        List<PublicFact> facts,
        String attestation) {

    public static final int FEED_VERSION = 1;

    public PublicFeedEntry {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(chainHash, "chainHash");
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** SHA-256 over the facts as compact JSON, fields in the order of their schema. */
    public static byte[] factsDigest(List<PublicFact> facts) {
        return LedgerHash.sha256(IntegrationEventCodec.write(facts, "public facts").getBytes(StandardCharsets.UTF_8));
    }

    public FeedAttestation attested() {
        return new FeedAttestation(ledger, position, LedgerHash.fromHex(contentDigest), factsDigest(facts));
    }

    /** True when nothing is told, or when the service's key vouches for what is. */
    public boolean attestationHolds(PublicKey serviceKey) {
        if (facts.isEmpty()) {
            return attestation == null;
        }
        return attestation != null && attested().verify(serviceKey, Base64.getDecoder().decode(attestation));
    }

    public static String toJson(PublicFeedEntry entry) {
        return IntegrationEventCodec.write(entry, "feed entry " + entry.position());
    }

    public static PublicFeedEntry fromJson(String json) {
        return IntegrationEventCodec.read(json, PublicFeedEntry.class, "a public feed entry");
    }
}
