package nl.kwaliteitsnetwerk.ledger.stack;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A crash while one client's insertMany is half applied and another client's small write commits the
 * store leaves whole commands only: no document that its {@code _id} or unique index lacks, which would
 * make every later insert at that position fail or let a second commit take the same unique key.
 * The crash comes once both clients have written, however long that takes, never after a fixed time.
 */
class TornCommitTest {

    @TempDir
    Path dir;

    /**
     * In-process crashes are cheap, so there are enough of them that a store which can tear does: the
     * backend without the lock tore 15 of 20 (9 with a document missing from an index), and 5 of 6 kills.
     */
    private static final int CRASHES = 12;
    private static final int KILLS = 2;

    /** {@code closeImmediately} leaves the file as a kill -9 does: the last commit, nothing after it. */
    @Test
    void aCrashInTheMiddleOfABatchLeavesWholeCommandsOnly() throws Exception {
        for (int crash = 0; crash < CRASHES; crash++) {
            Path file = dir.resolve("crash-" + crash + ".mv");
            DurableH2Backend backend = DurableH2Backend.open(file.toString());
            MongoServer server = new MongoServer(backend);
            try (TwoWriters writers = new TwoWriters(server.bind().getPort())) {
                writers.awaitBothWriting();
                backend.getMvStore().closeImmediately();
            } finally {
                server.shutdownNow();
                backend.close();
            }
            assertWholeCommandsAfterReopening(file);
        }
    }

    @Test
    void aKillNineInTheMiddleOfABatchLeavesWholeCommandsOnly() throws Exception {
        for (int kill = 0; kill < KILLS; kill++) {
            Path file = dir.resolve("kill-" + kill + ".mv");
            Path portFile = dir.resolve("port-" + kill);
            Process store = StoreProcess.start(file, portFile, 0);
            try (TwoWriters writers = new TwoWriters(StoreProcess.awaitPort(portFile))) {
                writers.awaitBothWriting();
                store.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            } finally {
                store.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertWholeCommandsAfterReopening(file);
        }
    }

    private static void assertWholeCommandsAfterReopening(Path file) {
        try (EmbeddedMongo reopened = EmbeddedMongo.persistent(file, "127.0.0.1", 0)) {
            TwoWriters.assertWholeCommandsSurvived(reopened.port());
        }
    }
}
