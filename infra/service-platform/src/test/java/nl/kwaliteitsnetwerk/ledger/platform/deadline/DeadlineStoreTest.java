package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.RETENTION;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.termEnd;
import static org.assertj.core.api.Assertions.assertThat;

/** What keeps every poll small: indexes led by the state, and finished deadlines moved out of the polled collection. */
class DeadlineStoreTest {

    private final DeadlineBench bench = new DeadlineBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void thePollsFiltersHaveIndexesLedByTheStateAndASecondStartKeepsThem() {
        bench.instance(bench.recording());
        bench.instance(bench.recording());

        List<String> keys = bench.deadlines.listIndexes().into(new ArrayList<>()).stream()
                .map(index -> ((Document) index.get("key")).keySet().toString()).toList();
        assertThat(keys).contains("[state, dueAt]", "[state, leaseUntil]");
    }

    @Test
    void firedAndCancelledDeadlinesMoveToTheArchiveAfterTheRetentionUnchanged() {
        MongoDeadlineManager manager = bench.instance(bench.recording());
        String fired = termEnd(manager, "t1");
        String cancelled = manager.schedule(DeadlineBench.NOW.plus(Duration.ofDays(7)), "follow-up",
                new DeadlineBench.TermEnds("29WT", "t2"), DeadlineBench.CALENDAR);
        String pending = manager.schedule(DeadlineBench.NOW.plus(Duration.ofDays(7)), "term-end",
                new DeadlineBench.TermEnds("29WT", "t3"), DeadlineBench.CALENDAR);
        manager.cancelSchedule("follow-up", cancelled);
        assertThat(manager.pollOnce()).isEqualTo(1);
        Document whenFired = bench.stored(fired);
        assertThat(whenFired).as("kept where it was during the retention").containsEntry("state", "DONE");

        bench.clock.advance(RETENTION.plusSeconds(1));
        assertThat(manager.pollOnce()).isZero();

        MongoCollection<Document> archive = bench.database.getCollection(MongoDeadlineManager.FINISHED_COLLECTION);
        assertThat(bench.deadlines.find().map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly(pending);
        assertThat(archive.find(new Document("_id", fired)).first()).isEqualTo(whenFired);
        assertThat(archive.find(new Document("_id", cancelled)).first()).containsEntry("state", "CANCELLED");
    }
}
