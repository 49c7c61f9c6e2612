package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded store loses no acknowledged write when its process is killed with -9 while four
 * clients write to it: every insert the server acknowledged is there after a restart on the same file.
 * The kill comes when every client has had writes acknowledged in that round, however long that
 * takes on a busy machine, never after a fixed time.
 */
class KillNineDurabilityTest {

    private static final int CLIENTS = 4;
    private static final int TRIALS = 3;
    /** Acknowledged inserts each client must have in a round before the store is killed under it. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 20;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedInsertSurvivesAKillNine() throws Exception {
        Path data = dir.resolve("store.mv");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int trial = 0; trial < TRIALS; trial++) {
            Process store = StoreProcess.start(data, dir.resolve("port-" + trial), 0);
            int port = StoreProcess.awaitPort(dir.resolve("port-" + trial));
            AtomicBoolean killed = new AtomicBoolean();
            Map<String, Set<String>> perClient = new ConcurrentHashMap<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String client = "t" + trial + "c" + c;
                Set<String> own = ConcurrentHashMap.newKeySet();
                perClient.put(client, own);
                Thread thread = new Thread(() -> insertUntilKilled(port, client, own, killed), client);
                thread.start();
                clients.add(thread);
            }
            await().atMost(PATIENCE).until(() -> perClient.values().stream().allMatch(own -> own.size() >= ACKNOWLEDGED_BEFORE_KILL));

            killed.set(true);
            store.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (Thread client : clients) {
                client.join(PATIENCE.toMillis());
                assertThat(client.isAlive()).as("%s ended once its store was gone", client.getName()).isFalse();
            }
            perClient.values().forEach(acknowledged::addAll);
        }
        Process store = StoreProcess.start(data, dir.resolve("port-final"), 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + StoreProcess.awaitPort(dir.resolve("port-final")))) {
            Set<String> present = new HashSet<>();
            collection(client).find().forEach(d -> present.add(d.getString("_id")));
            assertThat(acknowledged).as("acknowledged inserts over %d kills", TRIALS)
                    .hasSizeGreaterThanOrEqualTo(CLIENTS * TRIALS * ACKNOWLEDGED_BEFORE_KILL);
            assertThat(present).as("every acknowledged insert is on disk").containsAll(acknowledged);
        } finally {
            store.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Inserts until the store is gone. A failure before the kill (a slow machine can time out a
     * request) is not a reason to stop; what was not acknowledged is simply not counted.
     */
    private static void insertUntilKilled(int port, String client, Set<String> acknowledged, AtomicBoolean killed) {
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000")) {
            MongoCollection<Document> inserts = collection(mongo).withWriteConcern(WriteConcern.ACKNOWLEDGED);
            for (int i = 0; ; i++) {
                String id = client + "-" + i;
                try {
                    inserts.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
                    acknowledged.add(id);
                } catch (MongoException failed) {
                    if (killed.get()) {
                        return;
                    }
                }
            }
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("durability").getCollection("inserts");
    }
}
