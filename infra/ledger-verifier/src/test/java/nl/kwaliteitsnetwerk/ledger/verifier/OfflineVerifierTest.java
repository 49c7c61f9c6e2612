package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleTree;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A saved export of six commits and two signed digests: intact it verifies; every single change is found and named. */
class OfflineVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final KeyPair keys = generate();

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The export as a service writes it: commits of aggregates a and b, digests signed at positions 2 and 5. */
    private ObjectNode export() {
        List<LedgerFile.Commit> commits = new ArrayList<>();
        List<byte[]> digests = new ArrayList<>();
        Map<String, byte[]> aggregates = new HashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        byte[] chain = LedgerHash.GENESIS;
        List<LedgerFile.Digest> signed = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            String aggregate = p % 2 == 0 ? "a" : "b";
            long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
            CommittedEvent event = new CommittedEvent("Audit", aggregate, sequence, "e-" + p, "2027-03-01T10:00:0" + p + "Z",
                    "nl.example.Noted", null, "{\"text\":\"stap " + p + "\"}", "{}");
            byte[] digest = LedgerHash.contentDigest(List.of(event));
            byte[] previousAggregate = aggregates.getOrDefault(aggregate, LedgerHash.GENESIS);
            byte[] aggregateHash = LedgerHash.aggregateChainHash(previousAggregate, sequence, digest);
            aggregates.put(aggregate, aggregateHash);
            chain = LedgerHash.chainHash(chain, p, digest);
            digests.add(digest);
            commits.add(new LedgerFile.Commit(p, "Audit", aggregate, sequence, List.of(event), LedgerHash.hex(digest),
                    LedgerHash.hex(chain), LedgerHash.hex(previousAggregate), LedgerHash.hex(aggregateHash)));
            if (p == 2 || p == 5) {
                DigestStatement statement = new DigestStatement(p, chain, MerkleTree.root(digests), Instant.parse("2027-03-02T00:00:00Z"));
                signed.add(new LedgerFile.Digest(p, LedgerHash.hex(chain), LedgerHash.hex(statement.merkleRoot()),
                        statement.signedAt(), Base64.getEncoder().encodeToString(statement.sign(keys.getPrivate()))));
            }
        }
        return JSON.valueToTree(new LedgerFile(1, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), commits, signed));
    }

    private OfflineVerifier.Result verify(ObjectNode export) throws Exception {
        return OfflineVerifier.verify(JSON.treeToValue(export, LedgerFile.class), export.path("publicKey").asText());
    }

    @Test
    void anIntactExportVerifies() throws Exception {
        OfflineVerifier.Result result = verify(export());
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.commits()).isEqualTo(6);
        assertThat(result.digests()).isEqualTo(2);
    }

    @Test
    void aConfidentialCommitGivenByItsDigestOnlyStillVerifies() throws Exception {
        ObjectNode export = export();
        ((ObjectNode) export.path("commits").get(3)).remove("events");
        assertThat(verify(export).intact()).isTrue();
        ((ObjectNode) export.path("commits").get(3)).put("contentDigest", LedgerHash.hex(LedgerHash.sha256(new byte[]{1})));
        assertThat(verify(export).problem()).startsWith("commit 3: its chain hash does not follow");
    }

    @Test
    void anAlteredEventIsFound() throws Exception {
        ObjectNode export = export();
        ((ObjectNode) export.path("commits").get(3).path("events").get(0)).put("payload", "{\"text\":\"vervalst\"}");
        assertThat(verify(export).problem()).startsWith("commit 3: its events do not match its content digest");
    }

    @Test
    void aDeletedCommitIsFound() throws Exception {
        ObjectNode export = export();
        ((ArrayNode) export.path("commits")).remove(3);
        assertThat(verify(export).problem()).startsWith("commit 3 is missing or out of place");
    }

    @Test
    void reorderedCommitsAreFound() throws Exception {
        ObjectNode export = export();
        ArrayNode commits = (ArrayNode) export.path("commits");
        var third = commits.get(3).deepCopy();
        commits.set(3, commits.get(2).deepCopy());
        commits.set(2, third);
        assertThat(verify(export).problem()).startsWith("commit 2 is missing or out of place");
    }

    @Test
    void anInsertedCommitIsFoundEvenWithConsistentHashes() throws Exception {
        ObjectNode export = export();
        ArrayNode commits = (ArrayNode) export.path("commits");
        ObjectNode forged = commits.get(2).deepCopy();
        ((ObjectNode) forged.path("events").get(0)).put("payload", "{\"text\":\"ingevoegd\"}");
        forged.put("contentDigest", LedgerHash.hex(LedgerHash.contentDigest(JSON.treeToValue(forged, LedgerFile.Commit.class).events())));
        commits.insert(3, forged);
        for (int p = 0; p < commits.size(); p++) {
            ((ObjectNode) commits.get(p)).put("position", p);
        }
        OfflineVerifier.Result result = verify(export);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).startsWith("commit 3:");
    }

    @Test
    void aDigestSignedByAnotherKeyOrOverOtherCommitsIsFound() throws Exception {
        ObjectNode export = export();
        String stranger = Base64.getEncoder().encodeToString(generate().getPublic().getEncoded());
        assertThat(OfflineVerifier.verify(JSON.treeToValue(export, LedgerFile.class), stranger).problem())
                .isEqualTo("digest at position 2: the signature does not verify");
        ((ArrayNode) export.path("commits")).remove(5);
        assertThat(verify(export).problem()).startsWith("digest at position 5 covers commits the export does not hold");
    }
}
