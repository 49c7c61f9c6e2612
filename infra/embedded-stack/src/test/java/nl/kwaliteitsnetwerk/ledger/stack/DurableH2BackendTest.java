package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit per write leaves unused space in the file; compaction gives it back, so the file stays
 * bounded. Nothing here depends on how fast the machine is: while writing, no unused space may be
 * reused (a retention longer than any run), so the file grows by the same amount however long the
 * writes take; then unused space may go at once, and compaction gets as long as it needs.
 */
class DurableH2BackendTest {

    private static final Duration LONGER_THAN_ANY_RUN = Duration.ofHours(1);
    private static final Duration AS_LONG_AS_IT_NEEDS = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void compactionGivesBackWhatCommitsLeftBehind() {
        DurableH2Backend backend = DurableH2Backend.openWithoutCompactionSchedule(dir.resolve("store.mv").toString(),
                LONGER_THAN_ANY_RUN);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> documents = client.getDatabase("d").getCollection("c");
            for (int i = 0; i < 300; i++) {
                documents.insertOne(new Document("_id", i).append("n", 0));
            }
            for (int round = 1; round <= 10; round++) {
                for (int i = 0; i < 300; i++) {
                    documents.updateOne(Filters.eq("_id", i), Updates.set("n", round));
                }
            }
            long grown = backend.fileSize();
            assertThat(grown).as("a commit per write leaves unused space behind").isGreaterThan(8L * 1024 * 1024);

            backend.retainUnusedSpaceFor(Duration.ZERO);
            backend.compactIfGrown(AS_LONG_AS_IT_NEEDS);
            assertThat(backend.fileSize()).as("compacted").isLessThan(grown / 2);
            assertThat(documents.countDocuments(Filters.eq("n", 10))).isEqualTo(300);
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }
}
