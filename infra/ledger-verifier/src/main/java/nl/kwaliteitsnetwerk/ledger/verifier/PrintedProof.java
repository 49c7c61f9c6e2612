package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The JSON document "ledger-proof" (version 1) that a service's page embeds and its PDF exports attach as
 * {@code ledger-proof.json}: one commit (position, content digest, chain hash), the signed digest it is proven
 * to, the RFC 6962 audit path, the key (X.509 base64 and its SHA-256), and optionally the public feed's entry
 * of the commit with the exact facts JSON its attestation signs, and the record it is shown for.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PrintedProof(String document, int version, String ledger, long position, String contentDigest,
                           String chainHash, LedgerFile.Digest signedDigest, Inclusion inclusion, Key publicKey,
                           PublicEntry publicEntry, Proven record) {

    public static final String DOCUMENT = "ledger-proof";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inclusion(long leafIndex, long treeSize, List<String> auditPath) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Key(String algorithm, String x509, String sha256) {
    }

    /** {@code entry}: as the feed serves it; {@code factsJson}: its facts as the compact JSON the attestation signs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicEntry(JsonNode entry, String factsJson) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proven(String kind, String id, String title, String contentDigest) {
    }
}
