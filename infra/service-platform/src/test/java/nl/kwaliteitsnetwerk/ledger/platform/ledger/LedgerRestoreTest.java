package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.DigestStatement;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.MerkleFrontier;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak.Kind;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerRestoreReport.Reason;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.COMMITS;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.FIRST_SIGNED;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.LAST_SIGNED;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.all;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.commits;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.digests;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.holding;
import static nl.kwaliteitsnetwerk.ledger.platform.ledger.RestorableLedger.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's restore after a break: a ledger built through the engine, signed and exported, comes back
 * into an empty database commit for commit and verifies; an export that does not verify is refused with
 * its first break named and nothing written; an export cut below its own signed digest is restored and
 * the loss named; and a signed digest proves, offline, how many commits existed and which are authentic.
 */
class LedgerRestoreTest {

    private final RestorableLedger ledger = new RestorableLedger().build();
    private final MongoDatabase target = ledger.fresh();

    @TempDir
    Path files;

    @AfterEach
    void close() {
        ledger.close();
    }

    private LedgerRestoreReport restore(ObjectNode export) {
        return new LedgerRestore(target).restore(write(export, files));
    }

    @Test
    void aRestoredLedgerIsTheExportedOneCommitForCommitAndVerifies() {
        ObjectNode export = ledger.export();

        LedgerRestoreReport report = restore(export);

        assertThat(report.describe()).as("report").hasSize(2);
        assertThat(report.restored()).isTrue();
        assertThat(report.commitsRestored()).isEqualTo(COMMITS);
        assertThat(report.lastPosition()).isEqualTo(COMMITS - 1);
        assertThat(report.digestsRestored()).isEqualTo(2);
        assertThat(report.aggregatesRestored()).as("a, b and c; the lone event has no head").isEqualTo(3);
        assertThat(report.latestSignedPosition()).isEqualTo(LAST_SIGNED);
        assertThat(report.reachesSignedPosition()).isTrue();
        assertThat(report.lost()).isEmpty();

        for (String collection : List.of(LedgerStorageEngine.COMMITS, LedgerRestore.AGGREGATE_HEADS, LedgerDigests.DIGESTS)) {
            assertThat(all(target, collection)).as(collection).isEqualTo(all(ledger.source, collection)).isNotEmpty();
        }
        LedgerVerifier.Verification verification = new LedgerVerifier(target, ledger.keys.getPublic()).verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.signedPosition()).isEqualTo(LAST_SIGNED);
        JsonNode exportedAgain = RestorableLedger.JSON.valueToTree(LedgerExport.of(target,
                new LedgerDigests(target, ledger.keys, Clock.systemUTC())));
        assertThat(exportedAgain).as("the restored store exports the same").isEqualTo(export);
    }

    @Test
    void aRestoredLedgerServesItsAggregatesAndTrackingAndTakesNewCommits() {
        restore(ledger.export());
        LedgerStorageEngine engine = ledger.engine(target);

        assertThat(texts(engine, "a")).containsExactly("a0", "a1", "a2", "a3");
        assertThat(texts(engine, "b")).containsExactly("b0", "b1", "b2");
        assertThat(texts(engine, "c")).containsExactly("c0", "c1", "c2", "c3");
        assertThat(engine.readEvents(null, false).map(e -> ((RestorableLedger.Noted) e.getPayload()).text()))
                .containsExactly("a0", "a1", "b0", "lone", "a2", "c0", "c1", "c2", "b1", "b2", "a3", "c3");

        engine.appendEvents(RestorableLedger.event("a", 4));
        assertThat(target.getCollection(LedgerStorageEngine.COMMITS).find(Filters.eq("_id", (long) COMMITS)).first())
                .as("the next commit takes the next position").isNotNull();
        assertThat(new LedgerVerifier(target).verify().intact()).isTrue();
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndLeftAsItWas() {
        assertThat(restore(ledger.export()).restored()).isTrue();
        List<Document> before = all(target, LedgerStorageEngine.COMMITS);

        LedgerRestoreReport again = restore(ledger.export());

        assertThat(again.restored()).isFalse();
        assertThat(again.refusal().reason()).isEqualTo(Reason.TARGET_NOT_EMPTY);
        assertThat(again.refusal().detail()).contains(LedgerStorageEngine.COMMITS);
        assertThat(all(target, LedgerStorageEngine.COMMITS)).isEqualTo(before);

        MongoDatabase withTokens = ledger.fresh();
        withTokens.getCollection("trackingtokens").insertOne(new Document("processorName", "audit-view"));
        LedgerRestoreReport stale = new LedgerRestore(withTokens).restore(write(ledger.export(), files));
        assertThat(stale.refusal().reason()).as("old tokens would skip the restored history").isEqualTo(Reason.TARGET_NOT_EMPTY);
        assertThat(holding(withTokens)).containsExactly("trackingtokens");
    }

    @Test
    void anAlteredPayloadIsRefusedAtItsPositionAndNothingIsWritten() {
        ObjectNode export = withAlteredPayload(ledger.export());

        LedgerRestoreReport report = restore(export);

        assertBroken(report, 3, Kind.ALTERED);
        assertThat(report.refusal().broken().detail()).contains("content digest");
        assertThat(report.refusal().commitsVerified()).as("how far the export got").isEqualTo(3);
        assertThat(report.describe().get(0)).startsWith("REFUSED, nothing written").contains("altered at position 3")
                .contains("positions 0 to 2");
    }

    @Test
    void aRemovedCommitIsRefusedAsRemoved() {
        ObjectNode export = ledger.export();
        commits(export).remove(3);

        assertBroken(restore(export), 3, Kind.REMOVED);
    }

    @Test
    void twoSwappedCommitsAreRefusedAsReordered() {
        ObjectNode export = ledger.export();
        ArrayNode commits = commits(export);
        JsonNode third = commits.get(3);
        commits.set(3, commits.get(4));
        commits.set(4, third);

        assertBroken(restore(export), 3, Kind.REORDERED);
    }

    @Test
    void twoCommitsSwappedUnderTheirPositionsAreRefusedAtTheFirstAsTheVerifierNamesThem() {
        ObjectNode export = ledger.export();
        ArrayNode commits = commits(export);
        ObjectNode third = (ObjectNode) commits.get(3);
        ObjectNode fourth = (ObjectNode) commits.get(4);
        commits.set(3, fourth.deepCopy().put("position", 3));
        commits.set(4, third.deepCopy().put("position", 4));

        assertThat(refusedAt(export, 3, Kind.REORDERED)).isEqualTo("it was committed at position 4");
    }

    @Test
    void aCopiedCommitIsRefusedAsInsertedAndAChangedChainHashAsAltered() {
        ObjectNode copied = ledger.export();
        ArrayNode commits = commits(copied);
        commits.insert(3, commits.get(2).deepCopy());
        for (int p = 0; p < commits.size(); p++) {
            ((ObjectNode) commits.get(p)).put("position", p);
        }
        assertThat(refusedAt(copied, 3, Kind.INSERTED)).isEqualTo("it is a copy of the commit at position 2");

        ObjectNode rechained = ledger.export();
        ((ObjectNode) commits(rechained).get(3)).put("chainHash", LedgerHash.hex(LedgerHash.sha256(new byte[]{3})));
        assertThat(refusedAt(rechained, 3, Kind.ALTERED)).isEqualTo("its chain hash was changed");
    }

    @Test
    void aCommitForkingItsAggregateIsRefusedAsForked() {
        ObjectNode export = ledger.export();
        ObjectNode sixth = (ObjectNode) commits(export).get(6);
        sixth.put("firstSequence", 2);
        ((ObjectNode) sixth.get("events").get(0)).put("sequenceNumber", 2);
        RestorableLedger.rehash(export);

        assertBroken(restore(export), 6, Kind.FORKED);
    }

    @Test
    void aForgedDigestSignatureIsRefusedBeforeAnyCommitIsRead() {
        ObjectNode export = ledger.export();
        ObjectNode first = (ObjectNode) digests(export).get(0);
        LedgerDigests.SignedDigest signed = RestorableLedger.JSON.convertValue(first, LedgerDigests.SignedDigest.class);
        KeyPair forger = RestorableLedger.ed25519();
        first.put("signature", Base64.getEncoder().encodeToString(signed.statement().sign(forger.getPrivate())));

        assertThat(refusedAt(export, FIRST_SIGNED, Kind.ALTERED)).contains("forged");
    }

    @Test
    void anAlteredExportRehashedThroughoutIsCaughtByItsSignedDigest() {
        ObjectNode export = withAlteredPayload(ledger.export());
        RestorableLedger.rehash(export);

        assertThat(refusedAt(export, FIRST_SIGNED, Kind.ALTERED)).contains("differs from the one signed");
    }

    @Test
    void anExportResignedWithAnotherKeyIsRefusedWhenTheServicesKeyIsGiven() {
        ObjectNode export = withAlteredPayload(ledger.export());
        RestorableLedger.rehash(export);
        RestorableLedger.resign(export, RestorableLedger.ed25519());
        Path file = write(export, files);

        LedgerRestoreReport withServiceKey = new LedgerRestore(target).restore(file, ledger.keys.getPublic().getEncoded());

        assertThat(withServiceKey.refusal().reason()).isEqualTo(Reason.UNTRUSTED_KEY);
        assertThat(holding(target)).isEmpty();
        assertThat(new LedgerRestore(ledger.fresh()).restore(file).restored())
                .as("with the export's own key a complete forgery verifies: only the service's key tells").isTrue();
    }

    @Test
    void anExportThatIsNotOneIsRefusedAsUnreadable() {
        ObjectNode export = ledger.export();
        export.put("formatVersion", 2);
        assertThat(restore(export).refusal().reason()).isEqualTo(Reason.UNREADABLE);

        ObjectNode eventless = ledger.export();
        ((ObjectNode) commits(eventless).get(2).get("events").get(0)).remove("payload");
        LedgerRestoreReport report = restore(eventless);
        assertThat(report.refusal().reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(holding(target)).isEmpty();
    }

    @Test
    void aProofExportIsRefusedByNameAndNothingIsWritten() {
        ObjectNode proof = RestorableLedger.JSON.valueToTree(LedgerProofExport.of(all(ledger.source, LedgerStorageEngine.COMMITS),
                ledger.digests));

        LedgerRestoreReport report = restore(proof);

        assertThat(report.refusal().reason()).isEqualTo(Reason.PROOF_EXPORT);
        assertThat(report.describe().get(0)).startsWith("REFUSED, nothing written: this is a proof export")
                .contains("none of its events").contains("LedgerExportCommand");
        assertThat(holding(target)).isEmpty();

        ObjectNode unknown = ledger.export().put("contents", "summary");
        assertThat(restore(unknown).refusal().reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void anExportCutBelowItsLatestSignedDigestIsRestoredAndTheLostCommitsNamed() {
        ObjectNode export = ledger.export();
        commits(export).remove(7);
        commits(export).remove(6);
        commits(export).remove(5);

        LedgerRestoreReport report = restore(export);

        assertThat(report.restored()).isTrue();
        assertThat(report.commitsRestored()).isEqualTo(5);
        assertThat(report.lastPosition()).isEqualTo(4);
        assertThat(report.digestsRestored()).as("no digest covers only positions 0 to 4").isZero();
        assertThat(report.latestSignedPosition()).isEqualTo(LAST_SIGNED);
        assertThat(report.reachesSignedPosition()).isFalse();
        LedgerRestoreReport.Lost lost = report.lost().orElseThrow();
        assertThat(lost.firstPosition()).isEqualTo(5);
        assertThat(lost.lastPosition()).isEqualTo(7);
        assertThat(lost.count()).isEqualTo(3);
        assertThat(report.describe().get(1)).startsWith("LOST").contains("commits 5 to 7 (3 commits)");
        assertThat(new LedgerVerifier(target).verify().intact()).as("what was restored verifies").isTrue();
    }

    /**
     * The path the README describes: the last export was taken at position 5; the ledger went on to 7 and
     * published a digest of it; then the store broke. The restore brings back 0 to 5; the published digest
     * proves that 8 commits existed; and the broken store's commits 6 and 7 are proven authentic by chaining
     * onto the restored head to exactly the signed chain hash and Merkle root; an altered one is not.
     */
    @Test
    void aPublishedDigestProvesHowManyCommitsExistedAndWhichOfTheBrokenStoresAreAuthentic() {
        RestorableLedger earlier = new RestorableLedger();
        for (int i = 0; i < 3; i++) {
            earlier.engine.appendEvents(RestorableLedger.event("a", i));
        }
        earlier.digests.signNow();
        Path lastExport = write(RestorableLedger.JSON.valueToTree(LedgerExport.of(earlier.source, earlier.digests)), files);
        earlier.engine.appendEvents(RestorableLedger.event("b", 0));
        earlier.engine.appendEvents(RestorableLedger.event("a", 3));
        LedgerDigests.SignedDigest published = earlier.digests.signNow().orElseThrow();
        new LedgerTampering(earlier.source).alterOneCharacter(1);
        try (earlier) {
            LedgerRestoreReport report = new LedgerRestore(target).restore(lastExport);
            assertThat(report.lastPosition()).isEqualTo(2);
            assertThat(report.reachesSignedPosition()).as("of the export's own digests").isTrue();

            DigestStatement statement = published.statement();
            assertThat(statement.verify(earlier.keys.getPublic(), Base64.getDecoder().decode(published.signature()))).isTrue();
            assertThat(statement.position() + 1).as("commits that existed when it was signed").isEqualTo(5);
            assertThat(statement.position() - report.lastPosition()).as("commits to account for").isEqualTo(2);

            assertThat(provenBy(published, earlier.source, 3)).isTrue();
            new LedgerTampering(earlier.source).alterOneCharacter(4);
            assertThat(provenBy(published, earlier.source, 3)).isFalse();
        }
    }

    /** Whether the broken store's commits from {@code from} on continue the restored store to exactly what was signed. */
    private boolean provenBy(LedgerDigests.SignedDigest signed, MongoDatabase broken, long from) {
        MerkleFrontier tree = new MerkleFrontier();
        byte[] chain = LedgerHash.GENESIS;
        for (Document commit : all(target, LedgerStorageEngine.COMMITS)) {
            tree.add(LedgerHash.fromHex(commit.getString("contentDigest")));
            chain = LedgerHash.fromHex(commit.getString("chainHash"));
        }
        for (long p = from; p <= signed.position(); p++) {
            Document commit = broken.getCollection(LedgerStorageEngine.COMMITS).find(Filters.eq("_id", p)).first();
            List<CommittedEvent> events = commit.getList("events", Document.class).stream()
                    .map(e -> LedgerDocuments.committed(commit, e)).toList();
            byte[] digest = LedgerHash.contentDigest(events);
            tree.add(digest);
            chain = LedgerHash.chainHash(chain, p, digest);
        }
        return LedgerHash.hex(chain).equals(signed.chainHash()) && LedgerHash.hex(tree.root()).equals(signed.merkleRoot());
    }

    /** The export with the payload of the commit at position 3 changed, as a forger would change it. */
    private static ObjectNode withAlteredPayload(ObjectNode export) {
        ((ObjectNode) commits(export).get(3).get("events").get(0)).put("payload", "{\"text\":\"vervalst\"}");
        return export;
    }

    /** The restore of {@code export} is refused, broken at {@code position} as {@code kind}; answers the break's detail. */
    private String refusedAt(ObjectNode export, long position, Kind kind) {
        LedgerRestoreReport report = restore(export);
        assertBroken(report, position, kind);
        return report.refusal().broken().detail();
    }

    private void assertBroken(LedgerRestoreReport report, long position, Kind kind) {
        assertThat(report.restored()).as(String.join(" ", report.describe())).isFalse();
        assertThat(report.refusal().reason()).isEqualTo(Reason.BROKEN);
        assertThat(report.refusal().broken().position()).as(report.refusal().detail()).isEqualTo(position);
        assertThat(report.refusal().broken().kind()).as(report.refusal().detail()).isEqualTo(kind);
        assertThat(holding(target)).as("nothing written").isEmpty();
    }

    private static List<String> texts(LedgerStorageEngine engine, String aggregateId) {
        return engine.readEvents(aggregateId).asStream().map(EventMessage::getPayload)
                .map(payload -> ((RestorableLedger.Noted) payload).text()).toList();
    }
}
