package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store's end is found and tracking reads runs of positions without a scan, and with every check of a
 * read one position at a time: the end is never earlier than the store's last commit, whatever the hint,
 * and a position missing inside a run, or at a run's edge, is a removal.
 */
class PositionRunsTest {

    /** More commits than one run of positions holds, so that every walk crosses a run's edge. */
    private static final int COMMITS = PositionRuns.RUN + 44;

    private final WatchedClient wire = new WatchedClient();
    private final List<BsonDocument> commands = wire.commands();
    private final MongoClient client = wire.client();
    private final MongoDatabase database = client.getDatabase("ledger-" + UUID.randomUUID());
    private final MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);

    public record Noted(String text) {
    }

    @AfterEach
    void close() {
        wire.close();
    }

    /** {@code count} commits of one event each, over seven aggregates. */
    private LedgerStorageEngine engineWithSteps(int count) {
        LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(database);
        for (int i = 0; i < count; i++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Note", "a" + i % 7, i / 7, new Noted("stap " + i), MetaData.emptyInstance()));
        }
        return engine;
    }

    private long endFrom(long hint) {
        return CommitChecks.lastCommit(commits, hint).getLong("_id");
    }

    @Test
    void theEndIsTheLastCommitWhetherTheHintIsBehindAtOrAheadOfItOrAbsent() {
        engineWithSteps(COMMITS);
        long end = COMMITS - 1;
        assertThat(endFrom(-1)).as("no hint").isEqualTo(end);
        assertThat(endFrom(3)).as("a hint more than a run behind").isEqualTo(end);
        assertThat(endFrom(end)).as("a hint at the end").isEqualTo(end);
        assertThat(endFrom(end + 5_000)).as("a hint past the end").isEqualTo(end);
        assertThat(CommitChecks.lastCommit(database.getCollection("empty"), -1)).as("an empty store").isNull();
    }

    @Test
    void theEndIsNotFoundEarlierWhereMoreThanARunOfPositionsIsMissingBeforeIt() {
        engineWithSteps(10);
        Document moved = commits.find(Filters.eq("_id", 9L)).first();
        commits.deleteOne(Filters.eq("_id", 9L));
        commits.insertOne(moved.append("_id", 9L + 3 * PositionRuns.RUN));

        assertThat(endFrom(8)).isEqualTo(9L + 3 * PositionRuns.RUN);
        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.lastPosition()).isEqualTo(9L + 3 * PositionRuns.RUN);
        assertThat(verification.breaks()).extracting(LedgerBreak::position, LedgerBreak::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(9L, LedgerBreak.Kind.REMOVED));
    }

    @Test
    void trackingReadsEveryEventAcrossRunsInPositionOrderFromAnyToken() {
        LedgerStorageEngine engine = engineWithSteps(COMMITS);
        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(all).extracting(e -> ((Noted) e.getPayload()).text())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, COMMITS).mapToObj(i -> "stap " + i).toList());
        for (int edge : List.of(15, 16, 47, 48, PositionRuns.RUN - 1, PositionRuns.RUN)) {
            assertThat(engine.readEvents(all.get(edge).trackingToken(), false).count()).as("after " + edge)
                    .isEqualTo(COMMITS - edge - 1L);
        }
        assertThat(new LedgerVerifier(database).verify().commitsChecked()).isEqualTo(COMMITS);
    }

    @Test
    void aPositionMissingInsideARunOrAtItsEdgeIsRemovedAndTheCommitsBeforeItAreRead() {
        for (long removed : List.of(5L, 15L, 16L, 200L, COMMITS - 2L)) {
            MongoDatabase fresh = client.getDatabase("ledger-" + UUID.randomUUID());
            LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(fresh);
            for (int i = 0; i < COMMITS; i++) {
                engine.appendEvents(new GenericDomainEventMessage<>("Note", "a", i, new Noted("stap " + i), MetaData.emptyInstance()));
            }
            new LedgerTampering(fresh).delete(removed);

            List<Object> read = new ArrayList<>();
            Iterator<? extends TrackedEventMessage<?>> tracking = engine.readEvents(null, false).iterator();
            assertThatThrownBy(() -> tracking.forEachRemaining(read::add)).as("removed " + removed)
                    .isInstanceOf(LedgerIntegrityException.class)
                    .extracting(e -> ((LedgerIntegrityException) e).broken())
                    .extracting(LedgerBreak::position, LedgerBreak::kind)
                    .containsExactly(removed, LedgerBreak.Kind.REMOVED);
            assertThat(read).as("the commits before " + removed).hasSize((int) removed);
        }
    }

    @Test
    void trackingStopsAtTheEndAndReadsWhatIsAppendedLater() {
        LedgerStorageEngine engine = engineWithSteps(20);
        var head = engine.createHeadToken();
        assertThat(engine.readEvents(head, false)).isEmpty();
        for (int i = 20; i < 20 + PositionRuns.RUN; i++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Note", "b", i - 20, new Noted("stap " + i), MetaData.emptyInstance()));
        }
        assertThat(engine.readEvents(head, false).count()).isEqualTo(PositionRuns.RUN);
        assertThat(LedgerStorageEngine.positionOf(engine.createHeadToken())).isEqualTo(19L + PositionRuns.RUN);
    }

    /**
     * The embedded server answers from its index only {@code _id} exact and {@code _id: {$in}} (research,
     * section 1); every other filter, and a sort without one, reads the whole collection. So a verification,
     * a head token and tracking must send the commits collection nothing else.
     */
    @Test
    void theEndTrackingAndVerificationAskTheCommitsOnlyForPositions() {
        LedgerStorageEngine engine = engineWithSteps(COMMITS);
        commands.clear();
        assertThat(new LedgerVerifier(database).verify().intact()).isTrue();
        assertThat(new LedgerVerifier(database).verifyAggregate("a3").intact()).isTrue();
        engine.createHeadToken();
        assertThat(LedgerStorageEngineTest.engineOn(database).readEvents(null, false).count()).isEqualTo(COMMITS);

        List<BsonDocument> finds = commands.stream()
                .filter(c -> c.containsKey("find") && c.getString("find").getValue().equals(LedgerStorageEngine.COMMITS))
                .toList();
        assertThat(finds).isNotEmpty();
        assertThat(finds).allSatisfy(find -> assertThat(servedFromAnIndex(find.getDocument("filter", new BsonDocument())))
                .as(find.toJson()).isTrue());
        assertThat(finds).as("a run per %d positions, not a query per position", PositionRuns.RUN)
                .filteredOn(find -> find.getDocument("filter").isDocument("_id")).isNotEmpty();
        assertThat(commands).as("no count that reads documents").filteredOn(c -> c.containsKey("count"))
                .allSatisfy(count -> assertThat(count.getDocument("query", new BsonDocument())).isEmpty());
        assertThat(commands).filteredOn(c -> c.containsKey("aggregate")
                && c.get("aggregate").isString() && c.getString("aggregate").getValue().equals(LedgerStorageEngine.COMMITS)).isEmpty();
    }

    private static boolean servedFromAnIndex(BsonDocument filter) {
        if (filter.keySet().equals(java.util.Set.of("_id"))) {
            BsonValue id = filter.get("_id");
            return id.isNumber() || id.isDocument() && id.asDocument().keySet().equals(java.util.Set.of("$in"));
        }
        return filter.keySet().equals(java.util.Set.of("aggregateId", "firstSequence"))
                && !filter.get("firstSequence").isDocument();
    }
}
