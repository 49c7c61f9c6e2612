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

/** A commit per write leaves unused space in the file; compaction gives it back, so the file stays bounded. */
class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void compactionGivesBackWhatCommitsLeftBehind() throws InterruptedException {
        Duration retention = Duration.ofSeconds(1);
        DurableH2Backend backend = DurableH2Backend.open(dir.resolve("store.mv").toString(), retention);
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
            Thread.sleep(retention.toMillis() + 500);
            backend.compactIfGrown();
            assertThat(backend.fileSize()).as("compacted").isLessThan(grown / 2);
            assertThat(documents.countDocuments(Filters.eq("n", 10))).isEqualTo(300);
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }
}
