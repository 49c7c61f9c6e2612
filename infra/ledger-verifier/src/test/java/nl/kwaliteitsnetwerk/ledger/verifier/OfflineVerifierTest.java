package nl.kwaliteitsnetwerk.ledger.verifier;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.function.Consumer;

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
            commits.add(new LedgerFile.Commit(p, "Audit", aggregate, sequence, null, List.of(event),
                    LedgerHash.hex(digest), LedgerHash.hex(chain), LedgerHash.hex(previousAggregate), LedgerHash.hex(aggregateHash)));
            if (p == 2 || p == 5) {
                DigestStatement statement = new DigestStatement(p, chain, MerkleTree.root(digests), Instant.parse("2027-03-02T00:00:00Z"));
                signed.add(new LedgerFile.Digest(p, LedgerHash.hex(chain), LedgerHash.hex(statement.merkleRoot()),
                        statement.signedAt(), Base64.getEncoder().encodeToString(statement.sign(keys.getPrivate()))));
            }
        }
        return JSON.valueToTree(new LedgerFile(1, LedgerFile.FULL, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                commits, signed));
    }

    /** The same ledger as {@code GET /ledger/export} serves it: each commit's place and hashes; no events, types or times. */
    private ObjectNode proofExport() {
        ObjectNode export = export().put("contents", LedgerFile.PROOF);
        for (var node : export.path("commits")) {
            ObjectNode commit = (ObjectNode) node;
            ArrayNode events = (ArrayNode) commit.remove("events");
            commit.put("lastSequence", commit.path("firstSequence").asLong() + events.size() - 1);
        }
        return export;
    }

    /** A proof export as the services served it before: each commit also with its time and its event types. */
    private ObjectNode proofExportOfTheEarlierShape() {
        ObjectNode export = proofExport();
        ArrayNode full = (ArrayNode) export().path("commits");
        for (int p = 0; p < full.size(); p++) {
            ObjectNode commit = (ObjectNode) export.path("commits").get(p);
            JsonNode event = full.get(p).path("events").get(0);
            commit.put("committedAt", event.path("timestamp").asText());
            commit.putArray("eventTypes").add(event.path("payloadType").asText());
        }
        return export;
    }

    /** What a forger does who knows the hashes: every chain link from {@code from} on recomputed over the digests given. */
    private static void rechain(ObjectNode export, int from) {
        ArrayNode commits = (ArrayNode) export.path("commits");
        byte[] chain = from == 0 ? LedgerHash.GENESIS : LedgerHash.fromHex(commits.get(from - 1).path("chainHash").asText());
        Map<String, byte[]> aggregates = new HashMap<>();
        for (int p = 0; p < commits.size(); p++) {
            ObjectNode commit = (ObjectNode) commits.get(p);
            byte[] digest = LedgerHash.fromHex(commit.path("contentDigest").asText());
            byte[] previous = aggregates.getOrDefault(commit.path("aggregateId").asText(), LedgerHash.GENESIS);
            byte[] link = LedgerHash.aggregateChainHash(previous, commit.path("firstSequence").asLong(), digest);
            aggregates.put(commit.path("aggregateId").asText(), link);
            if (p >= from) {
                chain = LedgerHash.chainHash(chain, p, digest);
                commit.put("chainHash", LedgerHash.hex(chain)).put("previousAggregateHash", LedgerHash.hex(previous))
                        .put("aggregateHash", LedgerHash.hex(link));
            }
        }
    }

    private OfflineVerifier.Result verify(ObjectNode export) throws Exception {
        return OfflineVerifier.verify(JSON.treeToValue(export, LedgerFile.class), export.path("publicKey").asText());
    }

    /** The export verifies, all six commits read, {@code takenAsGiven} of their content digests not recomputed from events. */
    private OfflineVerifier.Result assertIntact(ObjectNode export, int takenAsGiven) throws Exception {
        OfflineVerifier.Result result = verify(export);
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.commits()).isEqualTo(6);
        assertThat(result.contentDigestsTakenAsGiven()).as("content digests taken as given").isEqualTo(takenAsGiven);
        return result;
    }

    /** The verifier's first problem with {@code export} once its commits are changed as {@code tamper} says. */
    private String problemWith(ObjectNode export, Consumer<ArrayNode> tamper) throws Exception {
        tamper.accept((ArrayNode) export.path("commits"));
        return verify(export).problem();
    }

    private static void replaceContentDigestOf3(ArrayNode commits) {
        ((ObjectNode) commits.get(3)).put("contentDigest", LedgerHash.hex(LedgerHash.sha256(new byte[]{1})));
    }

    private static void swapCommits2And3(ArrayNode commits) {
        JsonNode third = commits.get(3).deepCopy();
        commits.set(3, commits.get(2).deepCopy());
        commits.set(2, third);
    }

    @Test
    void anIntactExportVerifies() throws Exception {
        OfflineVerifier.Result result = assertIntact(export(), 0);
        assertThat(result.digests()).isEqualTo(2);
        assertThat(result.describe()).isEqualTo("intact: 6 commits, 2 signed digests verified");
    }

    @Test
    void aProofExportVerifiesWithItsContentDigestsTakenAsGivenAndSaysSo() throws Exception {
        OfflineVerifier.Result result = assertIntact(proofExport(), 6);
        assertThat(result.digests()).isEqualTo(2);
        assertThat(result.describe()).startsWith("intact: 6 commits, 2 signed digests verified; the content digests of 6 commits"
                + " were taken as given");
    }

    @Test
    void aProofExportOfTheEarlierShapeWithTimesAndEventTypesStillVerifies() throws Exception {
        assertIntact(proofExportOfTheEarlierShape(), 6);

        assertThat(problemWith(proofExportOfTheEarlierShape(), OfflineVerifierTest::replaceContentDigestOf3))
                .startsWith("commit 3: its chain hash does not follow");
    }

    @Test
    void inAProofExportAnotherDigestOrARemovedOrReorderedCommitIsFound() throws Exception {
        ObjectNode altered = proofExport();
        assertThat(problemWith(altered, OfflineVerifierTest::replaceContentDigestOf3))
                .startsWith("commit 3: its chain hash does not follow");

        rechain(altered, 3);
        assertThat(verify(altered).problem()).as("the chain recomputed: the signed digest still tells")
                .isEqualTo("digest at position 5: the commits up to it are not the ones it signed");

        assertThat(problemWith(proofExport(), commits -> commits.remove(3))).startsWith("commit 3 is missing or out of place");
        assertThat(problemWith(proofExport(), OfflineVerifierTest::swapCommits2And3))
                .startsWith("commit 2 is missing or out of place");

        String stranger = Base64.getEncoder().encodeToString(generate().getPublic().getEncoded());
        assertThat(OfflineVerifier.verify(JSON.treeToValue(proofExport(), LedgerFile.class), stranger).problem())
                .isEqualTo("digest at position 2: the signature does not verify");
    }

    @Test
    void aGapInAnAggregatesSequenceNumbersIsFound() throws Exception {
        ObjectNode proof = proofExport();
        ((ObjectNode) proof.path("commits").get(4)).put("firstSequence", 3).put("lastSequence", 3);
        rechain(proof, 4);
        assertThat(verify(proof).problem()).as("commit 4 is a's third")
                .startsWith("commit 4: its first sequence number 3 does not follow on from 1 in aggregate a");

        ObjectNode full = export();
        ((ObjectNode) full.path("commits").get(4)).put("firstSequence", 3);
        rechain(full, 4);
        assertThat(verify(full).problem()).startsWith("commit 4: its events are not sequence 3 onwards of Audit a");
    }

    @Test
    void anExportOfAnotherKindIsNotVerified() throws Exception {
        OfflineVerifier.Result result = verify(export().put("contents", "summary"));
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("summary");
    }

    @Test
    void aConfidentialCommitGivenByItsDigestOnlyStillVerifies() throws Exception {
        ObjectNode export = export();
        ((ObjectNode) export.path("commits").get(3)).remove("events");
        assertThat(verify(export).intact()).isTrue();
        assertThat(verify(export).contentDigestsTakenAsGiven()).isEqualTo(1);
        assertThat(problemWith(export, OfflineVerifierTest::replaceContentDigestOf3))
                .startsWith("commit 3: its chain hash does not follow");
    }

    @Test
    void anAlteredEventIsFound() throws Exception {
        assertThat(problemWith(export(), commits -> ((ObjectNode) commits.get(3).path("events").get(0))
                .put("payload", "{\"text\":\"vervalst\"}"))).startsWith("commit 3: its events do not match its content digest");
    }

    @Test
    void aDeletedCommitIsFound() throws Exception {
        assertThat(problemWith(export(), commits -> commits.remove(3))).startsWith("commit 3 is missing or out of place");
    }

    @Test
    void reorderedCommitsAreFound() throws Exception {
        assertThat(problemWith(export(), OfflineVerifierTest::swapCommits2And3)).startsWith("commit 2 is missing or out of place");
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
        assertThat(problemWith(export, commits -> commits.remove(5)))
                .startsWith("digest at position 5 covers commits the export does not hold");
    }
}
