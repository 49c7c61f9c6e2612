package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger engine's contract, as Axon's own engine tests would check it: append and read, concurrency
 * conflicts, tracking from the tail, the head and a position, snapshots, upcasting; and what it adds:
 * gap-free positions from several appending instances, and a chain that names any tampering.
 */
class LedgerStorageEngineTest {

    private final MongoClient client = MongoClients.create(mongoUri());
    private final MongoDatabase database = client.getDatabase("ledger-" + UUID.randomUUID());
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    public record Noted(String text) {
    }

    /** The server the contract runs against: the embedded one here; a real MongoDB in the Testcontainers variant. */
    protected String mongoUri() {
        return SharedTestStack.get().mongo().uri("ledger-test");
    }

    @AfterEach
    void close() {
        client.close();
    }

    private LedgerStorageEngine engine() {
        return engineOn(database);
    }

    /** An engine with its indexes on {@code database}, events and snapshots as JSON. */
    static LedgerStorageEngine engineOn(MongoDatabase database) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        LedgerStorageEngine engine = LedgerStorageEngine.builder().database(database).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
        engine.ensureIndexes();
        return engine;
    }

    /** An engine on this test's database that holds {@code commits} commits of aggregate {@code a}, one event each. */
    private LedgerStorageEngine engineWithSteps(int commits) {
        LedgerStorageEngine engine = engine();
        for (int i = 0; i < commits; i++) {
            engine.appendEvents(event("a", i, "stap " + i));
        }
        return engine;
    }

    private LedgerDigests digests(java.security.KeyPair keys) {
        return new LedgerDigests(database, keys, java.time.Clock.systemUTC());
    }

    private static java.security.KeyPair ed25519Keys() throws java.security.GeneralSecurityException {
        return java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static DomainEventMessage<Noted> event(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>("Note", aggregate, sequence, new Noted(text), MetaData.with("institutionCode", "29WT"));
    }

    @Test
    void anAggregatesEventsReadBackInOrderWithTheirMetadata() {
        LedgerStorageEngine engine = engine();
        engine.appendEvents(event("a", 0, "een"), event("a", 1, "twee"));
        engine.appendEvents(event("b", 0, "ander"));
        engine.appendEvents(event("a", 2, "drie"));

        List<DomainEventMessage<?>> read = new ArrayList<>();
        engine.readEvents("a").forEachRemaining(read::add);
        assertThat(read).extracting(e -> ((Noted) e.getPayload()).text()).containsExactly("een", "twee", "drie");
        assertThat(read.get(0).getMetaData()).containsEntry("institutionCode", "29WT");
        assertThat(engine.readEvents("a", 2).asStream().map(e -> ((Noted) e.getPayload()).text())).containsExactly("drie");
        assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
        assertThat(database.getCollection(LedgerStorageEngine.COMMITS).countDocuments())
                .as("one document per commit").isEqualTo(3);
    }

    @Test
    void aConflictingAppendIsAConcurrencyException() {
        LedgerStorageEngine engine = engine();
        engine.appendEvents(event("a", 0, "een"));
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, "ook een"))).isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("a", 1, "twee"));
        assertThatThrownBy(() -> engine().appendEvents(event("a", 1, "ook twee"))).isInstanceOf(ConcurrencyException.class);
        assertThat(new LedgerVerifier(database).verify().intact()).isTrue();
    }

    @Test
    void trackingReadsEveryEventInPositionOrderFromTailHeadOrAnyToken() {
        LedgerStorageEngine engine = engine();
        engine.appendEvents(event("a", 0, "1"), event("a", 1, "2"));
        engine.appendEvents(GenericEventMessage.asEventMessage(new Noted("los")));
        engine.appendEvents(event("b", 0, "3"));
        List<? extends TrackedEventMessage<?>> all = engine.readEvents(engine.createTailToken(), false).toList();
        assertThat(all).extracting(e -> ((Noted) e.getPayload()).text()).containsExactly("1", "2", "los", "3");

        TrackingToken afterFirst = all.get(0).trackingToken();
        assertThat(engine.readEvents(afterFirst, false).map(e -> ((Noted) e.getPayload()).text())).containsExactly("2", "los", "3");
        TrackingToken head = engine.createHeadToken();
        assertThat(engine.readEvents(head, false)).isEmpty();
        engine.appendEvents(event("b", 1, "4"));
        assertThat(engine.readEvents(head, false).map(e -> ((Noted) e.getPayload()).text())).containsExactly("4");
        assertThat(engine.createTokenAt(Instant.EPOCH)).isNull();
        assertThat(engine.readEvents(engine.createTokenAt(Instant.now().plusSeconds(60)), false)).isEmpty();
    }

    @Test
    void twoInstancesAppendingAtOnceLeaveGapFreePositionsAndAnIntactChain() throws Exception {
        List<LedgerStorageEngine> instances = List.of(engine(), engine());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            LedgerStorageEngine engine = instances.get(w % 2);
            String aggregate = "writer-" + w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    engine.appendEvents(event(aggregate, i, aggregate + "-" + i));
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();
        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.commitsChecked()).isEqualTo(200);
        assertThat(engine().readEvents(null, false).count()).isEqualTo(200);
    }

    @Test
    void theLatestSnapshotIsKept() {
        LedgerStorageEngine engine = engine();
        engine.storeSnapshot(event("a", 4, "stand na vier"));
        engine.storeSnapshot(event("a", 9, "stand na negen"));
        DomainEventMessage<?> snapshot = engine.readSnapshot("a").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(9);
        assertThat(((Noted) snapshot.getPayload()).text()).isEqualTo("stand na negen");
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void storedEventsAreUpcastWhenRead() {
        engine().appendEvents(event("a", 0, "oud"));
        SingleEventUpcaster shout = new SingleEventUpcaster() {
            @Override
            protected boolean canUpcast(IntermediateEventRepresentation representation) {
                return representation.getType().getName().equals(Noted.class.getName())
                        && representation.getType().getRevision() == null;
            }

            @Override
            protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
                return representation.upcastPayload(new SimpleSerializedType(Noted.class.getName(), "2"), JsonNode.class,
                        node -> ((ObjectNode) node).put("text", node.path("text").asText().toUpperCase()));
            }
        };
        LedgerStorageEngine upcasting = LedgerStorageEngine.builder().database(database).eventSerializer(serializer)
                .snapshotSerializer(serializer).upcasterChain(shout).build();
        assertThat(upcasting.readEvents("a").asStream().map(e -> ((Noted) e.getPayload()).text())).containsExactly("OUD");
        assertThat(upcasting.readEvents(null, false).map(e -> ((Noted) e.getPayload()).text())).containsExactly("OUD");
    }

    @Test
    void everyKindOfTamperingIsNamedByTheVerifierRefusedOnReadAndNotAppendedTo() {
        record Case(String tampering, Map<Long, LedgerBreak.Kind> expected) {
        }
        List<Case> cases = List.of(
                new Case("alter", Map.of(2L, LedgerBreak.Kind.ALTERED)),
                new Case("delete", Map.of(2L, LedgerBreak.Kind.REMOVED, 3L, LedgerBreak.Kind.REMOVED)),
                new Case("reorder", Map.of(2L, LedgerBreak.Kind.REORDERED, 3L, LedgerBreak.Kind.REORDERED)),
                new Case("insert", Map.of(5L, LedgerBreak.Kind.INSERTED)),
                new Case("aggregate-hash", Map.of(2L, LedgerBreak.Kind.ALTERED)),
                new Case("chain-hash", Map.of(2L, LedgerBreak.Kind.ALTERED)),
                new Case("fork", Map.of(2L, LedgerBreak.Kind.REMOVED, 3L, LedgerBreak.Kind.REMOVED, 5L, LedgerBreak.Kind.FORKED)));
        for (Case tamper : cases) {
            MongoDatabase fresh = client.getDatabase("ledger-" + UUID.randomUUID());
            LedgerIntegrity integrity = new LedgerIntegrity();
            LedgerStorageEngine engine = LedgerStorageEngine.builder().database(fresh).eventSerializer(serializer)
                    .snapshotSerializer(serializer).integrity(integrity).build();
            engine.ensureIndexes();
            for (int i = 0; i < 5; i++) {
                engine.appendEvents(event("a", i, "stap " + i));
            }
            LedgerTampering tampering = new LedgerTampering(fresh);
            switch (tamper.tampering()) {
                case "alter" -> tampering.alterOneCharacter(2);
                case "delete" -> tampering.delete(2);
                case "reorder" -> tampering.swap(2, 3);
                case "insert" -> tampering.insertCopyAtTail(4);
                case "aggregate-hash" -> tampering.changeAggregateHash(2);
                case "chain-hash" -> tampering.changeChainHash(2);
                default -> tampering.fork(2);
            }

            LedgerVerifier.Verification verification = new LedgerVerifier(fresh).verify();
            assertThat(verification.intact()).as(tamper.tampering()).isFalse();
            assertThat(verification.breaks()).as(tamper.tampering() + ": " + verification.breaks())
                    .filteredOn(b -> b.position() != null)
                    .extracting(LedgerBreak::position, LedgerBreak::kind)
                    .containsExactlyInAnyOrderElementsOf(tamper.expected().entrySet().stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue())).toList());
            if (tamper.tampering().equals("insert")) {
                continue;
            }
            assertThatThrownBy(() -> engine.readEvents("a")).as(tamper.tampering())
                    .isInstanceOf(LedgerIntegrityException.class);
            assertThatThrownBy(() -> engine.readEvents(null, false).toList()).as(tamper.tampering())
                    .isInstanceOf(LedgerIntegrityException.class);
            long before = fresh.getCollection(LedgerStorageEngine.COMMITS).countDocuments();
            assertThatThrownBy(() -> engine.appendEvents(event("a", 2, "vork"))).as(tamper.tampering())
                    .isInstanceOf(LedgerIntegrityException.class);
            assertThat(fresh.getCollection(LedgerStorageEngine.COMMITS).countDocuments()).as("no fork is written")
                    .isEqualTo(before);
            assertThat(integrity.intact()).isFalse();
            assertThat(integrity.knownBreaks()).isNotEmpty();
        }
    }

    @Test
    void aTailCutBelowASignedDigestIsTruncation() throws Exception {
        engineWithSteps(5);
        java.security.KeyPair keys = ed25519Keys();
        digests(keys).signNow().orElseThrow();
        assertThat(new LedgerVerifier(database, keys.getPublic()).verify().intact()).isTrue();

        database.getCollection(LedgerStorageEngine.COMMITS).deleteOne(Filters.eq("_id", 4L));

        LedgerVerifier.Verification verification = new LedgerVerifier(database, keys.getPublic()).verify();
        assertThat(verification.breaks()).extracting(LedgerBreak::kind)
                .contains(LedgerBreak.Kind.TRUNCATED, LedgerBreak.Kind.REMOVED);
        assertThat(verification.breaks()).filteredOn(b -> b.kind() == LedgerBreak.Kind.TRUNCATED)
                .extracting(LedgerBreak::position).containsExactly(4L);
        assertThat(new LedgerVerifier(database, keys.getPublic()).verifyAggregate("a").breaks()).extracting(LedgerBreak::kind)
                .contains(LedgerBreak.Kind.TRUNCATED, LedgerBreak.Kind.REMOVED);
        assertThatThrownBy(() -> engine().readEvents("a")).isInstanceOf(LedgerIntegrityException.class);
        assertThatThrownBy(() -> digests(keys).signNow())
                .as("a broken store is not signed").isInstanceOf(LedgerIntegrityException.class);
    }

    @Test
    void aForgedDigestSignatureIsNamed() throws Exception {
        LedgerStorageEngine engine = engine();
        engine.appendEvents(event("a", 0, "een"));
        java.security.KeyPair keys = ed25519Keys();
        java.security.KeyPair forger = ed25519Keys();
        digests(forger).signNow().orElseThrow();
        LedgerVerifier.Verification verification = new LedgerVerifier(database, keys.getPublic()).verify();
        assertThat(verification.breaks()).extracting(LedgerBreak::position, LedgerBreak::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, LedgerBreak.Kind.ALTERED));
    }

    @Test
    void aCommitWhoseFieldsHaveAnotherTypeIsABreakNotAnException() {
        LedgerStorageEngine engine = engineWithSteps(2);
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        Document first = commits.find(Filters.eq("_id", 0L)).first();
        commits.deleteOne(Filters.eq("_id", 0L));
        first.put("_id", 0);
        commits.insertOne(first);

        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).isFalse();
        assertThatThrownBy(() -> engine.readEvents("a").asStream().count()).isInstanceOf(LedgerIntegrityException.class);
    }

    @Test
    void anIntactLedgerVerifiesWithEveryBreakListEmpty() {
        LedgerStorageEngine engine = engine();
        engine.appendEvents(event("a", 0, "een"), event("a", 1, "twee"));
        engine.appendEvents(event("b", 0, "ander"));
        LedgerVerifier.Verification whole = new LedgerVerifier(database).verify();
        assertThat(whole.intact()).isTrue();
        assertThat(whole.breaks()).isEmpty();
        assertThat(whole.commitsChecked()).isEqualTo(2);
        assertThat(new LedgerVerifier(database).verifyAggregate("a").intact()).isTrue();
    }

    @Test
    void aSequenceNumberThatIsNotTheEventsIsAlteredAndNotReadPast() {
        engineWithSteps(5);
        database.getCollection(LedgerStorageEngine.COMMITS).updateOne(Filters.eq("_id", 1L), Updates.set("lastSequence", 4L));
        assertThat(new LedgerVerifier(database).verify().breaks()).extracting(LedgerBreak::position, LedgerBreak::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(1L, LedgerBreak.Kind.ALTERED));
        assertThatThrownBy(() -> engine().readEvents("a")).isInstanceOf(LedgerIntegrityException.class);
    }

    @Test
    void headsMissingFromAnOlderStoreAreRecordedByAnIntactVerificationSoARemovalIsSeenOnRead() {
        engineWithSteps(5);
        database.getCollection(LedgerStorageEngine.AGGREGATE_HEADS).deleteMany(new org.bson.Document());
        LedgerVerifier verifier = new LedgerVerifier(database);
        assertThat(verifier.verify().intact()).isTrue();
        verifier.recordMissingHeads();

        database.getCollection(LedgerStorageEngine.COMMITS).deleteOne(Filters.eq("_id", 4L));
        assertThatThrownBy(() -> engine().readEvents("a")).isInstanceOf(LedgerIntegrityException.class)
                .extracting(e -> ((LedgerIntegrityException) e).broken().kind()).isEqualTo(LedgerBreak.Kind.REMOVED);
    }

    @Test
    void noInstanceAppendsBelowTheLatestSignedDigest() throws Exception {
        engineWithSteps(3);
        java.security.KeyPair keys = ed25519Keys();
        LedgerDigests digests = digests(keys);
        digests.signNow().orElseThrow();
        database.getCollection(LedgerStorageEngine.COMMITS).deleteOne(Filters.eq("_id", 2L));

        assertThatThrownBy(() -> engine().appendEvents(event("b", 0, "ander")))
                .as("a started instance would write over what was signed").isInstanceOf(LedgerIntegrityException.class)
                .extracting(e -> ((LedgerIntegrityException) e).broken().kind()).isEqualTo(LedgerBreak.Kind.TRUNCATED);
        assertThatThrownBy(() -> digests.proveInclusion(1)).isInstanceOf(LedgerIntegrityException.class);
    }

    @Test
    void aDocumentThatIsNoCommitIsNamedNotThrown() {
        LedgerStorageEngine engine = engine();
        engine.appendEvents(event("a", 0, "een"));
        var commits = database.getCollection(LedgerStorageEngine.COMMITS);
        commits.insertOne(new org.bson.Document("_id", 1.5).append("aggregateId", 7).append("events", "geen"));

        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.breaks()).extracting(LedgerBreak::kind).containsExactly(LedgerBreak.Kind.INSERTED);
        assertThatThrownBy(() -> engine().appendEvents(event("a", 1, "twee"))).isInstanceOf(LedgerIntegrityException.class);

        commits.deleteOne(Filters.eq("_id", 1.5));
        commits.insertOne(new org.bson.Document("_id", 1L).append("aggregateId", 7).append("events", "geen"));
        assertThat(new LedgerVerifier(database).verify().breaks()).extracting(LedgerBreak::position).contains(1L);
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsNeverAppended() {
        LedgerStorageEngine engine = engine();
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, "\ud800x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(database.getCollection(LedgerStorageEngine.COMMITS).countDocuments()).isZero();
    }
}
