package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An aggregate loads in one query for its commits, from the positions its head lists, and the list is only
 * a hint: a list that lags behind the commits, is absent (a store written before it) or was tampered with
 * gives exactly the walk by exact key, commit for commit and break for break.
 */
class AggregateLoadTest {

    private final WatchedClient wire = new WatchedClient();
    private final Store store = fresh();

    public record Noted(String text) {
    }

    @AfterEach
    void close() {
        wire.close();
    }

    private Store fresh() {
        return new Store(wire.client().getDatabase("ledger-" + UUID.randomUUID()));
    }

    /** One ledger database, what it holds of aggregates {@code a} and {@code b}, and how its tests change it. */
    private record Store(MongoDatabase database, MongoCollection<Document> commits, MongoCollection<Document> heads,
                         LedgerTampering tampering) {

        Store(MongoDatabase database) {
            this(database, database.getCollection(LedgerStorageEngine.COMMITS),
                    database.getCollection(LedgerStorageEngine.AGGREGATE_HEADS), new LedgerTampering(database));
        }

        /** {@code steps} commits of aggregate {@code a}, each followed by one of {@code b}: a's positions are 0, 2, 4, ... */
        LedgerStorageEngine interleaved(int steps) {
            LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(database);
            for (int i = 0; i < steps; i++) {
                engine.appendEvents(event("a", i));
                engine.appendEvents(event("b", i));
            }
            return engine;
        }

        void head(Bson update) {
            heads.updateOne(Filters.eq("_id", "a"), update);
        }

        /**
         * The walk of {@code a} from its head's list, after checking that it is the walk by exact key alone
         * (the head without its list, as before it was kept): the same commits, breaks and end.
         */
        AggregateCommits.Walk walkAsByExactKey() {
            AggregateCommits.Walk listed = AggregateCommits.walk(commits, heads, "a");
            Document head = heads.find(Filters.eq("_id", "a")).first();
            head(Updates.unset(AggregateCommits.POSITIONS));
            AggregateCommits.Walk byKey = AggregateCommits.walk(commits, heads, "a");
            heads.replaceOne(Filters.eq("_id", "a"), head);
            assertThat(listed.commits()).isEqualTo(byKey.commits());
            assertThat(listed.breaks()).isEqualTo(byKey.breaks());
            assertThat(listed.end().lastSequence()).isEqualTo(byKey.end().lastSequence());
            assertThat(listed.end().position()).isEqualTo(byKey.end().position());
            assertThat(listed.end().hash()).isEqualTo(byKey.end().hash());
            return listed;
        }
    }

    private static GenericDomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Note", aggregate, sequence, new Noted(aggregate + " " + sequence), MetaData.emptyInstance());
    }

    private static List<String> texts(LedgerStorageEngine engine, String aggregate) {
        return engine.readEvents(aggregate).asStream().map(e -> ((Noted) e.getPayload()).text()).toList();
    }

    private static List<String> expected(String aggregate, int commits) {
        return IntStream.range(0, commits).mapToObj(i -> aggregate + " " + i).toList();
    }

    @Test
    void theHeadListsThePositionsOfItsAggregatesCommits() {
        store.interleaved(4);
        assertThat(store.heads().find(Filters.eq("_id", "a")).first().getList(AggregateCommits.POSITIONS, Long.class))
                .containsExactlyElementsOf(store.tampering().positionsOf("a")).containsExactly(0L, 2L, 4L, 6L);
        assertThat(new LedgerVerifier(store.database()).verify().intact()).as("the verifier reads heads that list positions").isTrue();
    }

    @Test
    void anAggregateLoadsInOnePositionsQueryBesideItsHeadAndTheProbePastItsLastCommit() {
        store.interleaved(25);
        wire.commands().clear();
        assertThat(texts(LedgerStorageEngineTest.engineOn(store.database()), "a")).containsExactlyElementsOf(expected("a", 25));

        assertThat(wire.findFilters(LedgerStorageEngine.AGGREGATE_HEADS)).containsExactly(new BsonDocument("_id",
                new org.bson.BsonString("a")));
        List<BsonDocument> finds = wire.findFilters(LedgerStorageEngine.COMMITS);
        assertThat(finds).hasSize(2);
        assertThat(finds.get(0).getDocument("_id").getArray("$in")).hasSize(25);
        assertThat(finds.get(1)).isEqualTo(BsonDocument.parse("{aggregateId: 'a', firstSequence: {$numberLong: '25'}}"));
    }

    @Test
    void anAggregateOfMoreCommitsThanARunLoadsInOneQueryPerRun() {
        LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(store.database());
        int count = PositionRuns.RUN + 10;
        for (int i = 0; i < count; i++) {
            engine.appendEvents(event("a", i));
        }
        wire.commands().clear();
        assertThat(texts(engine, "a")).containsExactlyElementsOf(expected("a", count));
        assertThat(wire.findFilters(LedgerStorageEngine.COMMITS)).extracting(f -> f.containsKey("_id"))
                .containsExactly(true, true, false);
    }

    /** A list that lags, is absent or names what is not the aggregate's next commit: the same walk as by exact key. */
    @Test
    void aHintThatLagsIsAbsentOrNamesOtherCommitsLoadsExactlyAsTheWalkByExactKey() {
        List<Long> ofB = List.of(1L, 3L, 5L, 7L, 9L, 11L);
        record Case(String name, Consumer<Store> change) {
        }
        List<Case> intact = List.of(
                new Case("lagging: the last commit stored, the list not updated", t -> t.head(Updates.popLast(AggregateCommits.POSITIONS))),
                new Case("lagging, and the head's sequence too", t -> t.head(Updates.combine(
                        Updates.popLast(AggregateCommits.POSITIONS), Updates.set("lastSequence", 4L)))),
                new Case("absent: a store written before the list", t -> t.head(Updates.unset(AggregateCommits.POSITIONS))),
                new Case("another aggregate's positions only", t -> t.head(Updates.set(AggregateCommits.POSITIONS, ofB))),
                new Case("another aggregate's position added", t -> t.head(Updates.push(AggregateCommits.POSITIONS, 3L))),
                new Case("a position that holds nothing", t -> t.head(Updates.push(AggregateCommits.POSITIONS, 999L))),
                new Case("entries that are no positions", t -> t.head(Updates.set(AggregateCommits.POSITIONS,
                        java.util.Arrays.asList("x", 2.0, null, -1L, 4)))),
                new Case("no list at all", t -> t.head(Updates.set(AggregateCommits.POSITIONS, "0,2,4"))));
        for (Case hint : intact) {
            Store on = fresh();
            LedgerStorageEngine engine = on.interleaved(6);
            hint.change().accept(on);
            AggregateCommits.Walk walk = on.walkAsByExactKey();
            assertThat(walk.intact()).as(hint.name()).isTrue();
            assertThat(walk.commits()).as(hint.name()).hasSize(6);
            assertThat(texts(LedgerStorageEngineTest.engineOn(on.database()), "a")).as(hint.name()).containsExactlyElementsOf(expected("a", 6));
            engine.appendEvents(event("a", 6));
            assertThat(texts(engine, "a")).as(hint.name() + ", then appended to").containsExactlyElementsOf(expected("a", 7));
        }
    }

    /** Every break the walk by exact key names, the walk from a list names too: removed, moved, forged, forked, altered. */
    @Test
    void aHintThatNamesARemovedMovedOrForgedCommitGivesTheBreaksOfTheWalkByExactKey() {
        record Case(String name, Consumer<Store> change) {
        }
        List<Case> broken = List.of(
                new Case("a listed position removed", t -> t.tampering().delete(4)),
                new Case("the last listed position removed", t -> t.tampering().delete(10)),
                new Case("a listed position removed, another aggregate's commit moved there", t -> {
                    Document other = t.tampering().at(5);
                    t.tampering().delete(4);
                    t.tampering().delete(5);
                    t.commits().insertOne(other.append("_id", 4L));
                }),
                new Case("two of its commits swapped", t -> t.tampering().swap(2, 4)),
                new Case("a commit forked at the tail", t -> t.tampering().fork(4)),
                new Case("a forged commit appended and listed", t -> {
                    t.tampering().insertForged("a");
                    t.head(Updates.push(AggregateCommits.POSITIONS, t.tampering().lastPosition()));
                }),
                new Case("a listed commit altered", t -> t.tampering().alterOneCharacter(4)),
                new Case("the head's sequence raised", t -> t.head(Updates.set("lastSequence", 9L))));
        for (Case tamper : broken) {
            Store on = fresh();
            on.interleaved(6);
            tamper.change().accept(on);
            AggregateCommits.Walk walk = on.walkAsByExactKey();
            assertThat(walk.intact()).as(tamper.name()).isFalse();
            assertThatThrownBy(() -> texts(LedgerStorageEngineTest.engineOn(on.database()), "a")).as(tamper.name())
                    .isInstanceOf(LedgerIntegrityException.class);
            assertThat(new LedgerVerifier(on.database()).verifyAggregate("a").breaks()).as(tamper.name())
                    .containsAll(walk.breaks());
        }
    }
}
