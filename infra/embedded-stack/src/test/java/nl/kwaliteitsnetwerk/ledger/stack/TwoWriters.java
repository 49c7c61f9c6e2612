package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two clients writing to one store at once, as a service does: one appends ledger-like commits in
 * insertMany batches under a unique aggregate key, the other makes small writes that each commit the
 * whole store, also while a batch is half applied. Both stop at the first failure, which is how they
 * notice that their store is gone.
 */
final class TwoWriters implements AutoCloseable {

    static final int BATCH = 100;
    private static final int AGGREGATES = 7;
    private static final String PAYLOAD = "x".repeat(200);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final MongoClient batches;
    private final MongoClient small;
    private final AtomicInteger batchesAcknowledged = new AtomicInteger();
    private final AtomicInteger smallWritesAcknowledged = new AtomicInteger();
    private final AtomicReference<RuntimeException> stopped = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();

    TwoWriters(int port) {
        String uri = "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000";
        batches = MongoClients.create(uri);
        small = MongoClients.create(uri);
        commits(batches).createIndex(Indexes.ascending("aggregateId", "firstSequence"),
                new IndexOptions().unique(true).name("aggregate_first_sequence"));
        start(this::appendBatches);
        start(this::writeSmall);
    }

    /** Until both have written, so that a crash now comes while a batch is most likely half applied. */
    void awaitBothWriting() {
        await().atMost(PATIENCE).until(() -> {
            if (stopped.get() != null) {
                throw new IllegalStateException("a writer stopped before the crash", stopped.get());
            }
            return batchesAcknowledged.get() >= 2 && smallWritesAcknowledged.get() >= 20;
        });
    }

    /** After the crash: the writers end on their first failure. */
    @Override
    public void close() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(PATIENCE.toMillis());
            assertThat(thread.isAlive()).as("the writer ended once its store was gone").isFalse();
        }
        batches.close();
        small.close();
    }

    /**
     * What a crash may leave: whole commands only, and each document found through its {@code _id} and
     * its unique key, as the ledger looks them up; and the ledger's next append succeeds.
     */
    static void assertWholeCommandsSurvived(int port) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> commits = commits(client);
            long stored = commits.countDocuments();
            List<Long> positions = LongStream.range(0, stored).boxed().toList();
            long foundById = commits.find(Filters.in("_id", positions)).projection(Projections.include("_id"))
                    .into(new ArrayList<>()).size();
            long foundByKey = positions.stream().filter(p -> commits.find(key(p)).first() != null).count();
            assertThat(foundById).as("documents found by _id, of %d stored", stored).isEqualTo(stored);
            assertThat(foundByKey).as("documents found by their unique key, of %d stored", stored).isEqualTo(stored);
            assertThat(stored % BATCH).as("an insertMany survives whole or not at all; %d stored", stored).isZero();
            commits.insertOne(commit(foundById));
            assertThat(commits.countDocuments()).isEqualTo(stored + 1);
        }
    }

    private void start(Runnable writes) {
        Thread thread = new Thread(() -> {
            try {
                writes.run();
            } catch (RuntimeException storeGone) {
                stopped.set(storeGone);
            }
        });
        thread.start();
        threads.add(thread);
    }

    private void appendBatches() {
        MongoCollection<Document> commits = commits(batches);
        for (long position = 0; ; position += BATCH) {
            commits.insertMany(LongStream.range(position, position + BATCH).mapToObj(TwoWriters::commit).toList());
            batchesAcknowledged.incrementAndGet();
        }
    }

    private void writeSmall() {
        MongoCollection<Document> tokens = small.getDatabase("torn").getCollection("tokens");
        for (int i = 0; ; i++) {
            tokens.insertOne(new Document("_id", i));
            smallWritesAcknowledged.incrementAndGet();
        }
    }

    private static Document commit(long position) {
        return key(position).append("_id", position).append("payload", PAYLOAD);
    }

    private static Document key(long position) {
        return new Document("aggregateId", "audit-" + position % AGGREGATES).append("firstSequence", position / AGGREGATES);
    }

    private static MongoCollection<Document> commits(MongoClient client) {
        return client.getDatabase("torn").getCollection("ledger_commits");
    }
}
