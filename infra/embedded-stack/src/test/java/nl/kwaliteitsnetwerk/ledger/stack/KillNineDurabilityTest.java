package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store loses no acknowledged write when its process is killed with -9 while four
 * clients write to it: every insert the server acknowledged is there after a restart on the same file.
 */
class KillNineDurabilityTest {

    private static final int CLIENTS = 4;
    private static final int TRIALS = 3;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedInsertSurvivesAKillNine() throws Exception {
        Path data = dir.resolve("store.mv");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int trial = 0; trial < TRIALS; trial++) {
            Process store = start(data, dir.resolve("port-" + trial));
            int port = awaitPort(dir.resolve("port-" + trial));
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String client = "t" + trial + "c" + c;
                Thread thread = new Thread(() -> insertUntilRefused(port, client, acknowledged), client);
                thread.start();
                clients.add(thread);
            }
            Thread.sleep(1500);
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(30).toMillis());
            }
        }
        Process store = start(data, dir.resolve("port-final"));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + awaitPort(dir.resolve("port-final")))) {
            Set<String> present = new HashSet<>();
            collection(client).find().forEach(d -> present.add(d.getString("_id")));
            assertThat(acknowledged).as("acknowledged inserts over %d kills", TRIALS).hasSizeGreaterThan(CLIENTS * TRIALS);
            assertThat(present).as("every acknowledged insert is on disk").containsAll(acknowledged);
        } finally {
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void insertUntilRefused(int port, String client, Set<String> acknowledged) {
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=2000")) {
            MongoCollection<Document> inserts = collection(mongo).withWriteConcern(WriteConcern.ACKNOWLEDGED);
            for (int i = 0; ; i++) {
                String id = client + "-" + i;
                inserts.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
                acknowledged.add(id);
            }
        } catch (MongoException killed) {
            // the server went away mid-write: what it did not acknowledge may be lost
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("durability").getCollection("inserts");
    }

    private Process start(Path data, Path portFile) throws Exception {
        return StoreProcess.start(data, portFile, 0);
    }

    private static int awaitPort(Path portFile) throws Exception {
        return StoreProcess.awaitPort(portFile);
    }
}
