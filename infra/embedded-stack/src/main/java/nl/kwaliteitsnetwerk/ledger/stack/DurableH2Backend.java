package nl.kwaliteitsnetwerk.ledger.stack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The H2 backend of mongo-java-server, made durable: every command that changed something is
 * committed to disk before its reply is sent, so an acknowledged write survives a kill -9. H2 on its
 * own commits in the background about once a second, and a kill loses what came in since.
 * Commits are grouped: writers that arrive while a commit runs are covered by the next one, which
 * finds nothing left to do for those already written. Because a commit per write leaves unused space
 * behind, the file is compacted in the background whenever it has doubled since the last compaction.
 */
final class DurableH2Backend extends H2Backend {

    private static final long MINIMUM_COMPACTION_SIZE = 4L * 1024 * 1024;
    private static final Duration COMPACTION_INTERVAL = Duration.ofSeconds(10);
    /** Writers wait while compaction runs, so it gets a small budget each time and finishes over several rounds. */
    private static final Duration COMPACTION_BUDGET = Duration.ofMillis(250);
    /**
     * How long a chunk that no longer holds live data is kept before its space is reused. H2's default,
     * 45 s: a read that still walks an older version of the store (a long cursor) must find its pages.
     * A retention of one second let such a read fail with "chunk not found" under load in the bench.
     */
    static final Duration RETENTION = Duration.ofSeconds(45);

    private final MVStore store;
    private final Object commitLock = new Object();
    private long sizeAfterLastCompaction;
    private final ScheduledExecutorService compaction = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-mongo-compaction");
        thread.setDaemon(true);
        return thread;
    });

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.sizeAfterLastCompaction = fileSize();
    }

    private DurableH2Backend compactingEvery(Duration interval) {
        long every = interval.toMillis();
        compaction.scheduleWithFixedDelay(this::compactIfGrown, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    long fileSize() {
        return store.getFileStore().size();
    }

    static DurableH2Backend open(String fileName) {
        return openWithoutCompactionSchedule(fileName, RETENTION).compactingEvery(COMPACTION_INTERVAL);
    }

    /**
     * For the test of compaction, which decides itself when space may be given back and when to compact,
     * so that what it sees does not depend on how fast the machine writes.
     */
    static DurableH2Backend openWithoutCompactionSchedule(String fileName, Duration retention) {
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().open();
        store.setRetentionTime((int) retention.toMillis());
        return new DurableH2Backend(store);
    }

    /** How long space no longer in use is kept before it may be reused or given back; for the test of compaction. */
    void retainUnusedSpaceFor(Duration retention) {
        store.setRetentionTime((int) retention.toMillis());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document reply = super.handleCommand(channel, database, command, query);
        commitPending();
        return reply;
    }

    /** Commits what is not on disk yet; a caller whose change an earlier commit already covered returns at once. */
    void commitPending() {
        synchronized (commitLock) {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
    }

    /** Moves live data together and gives the rest back when the file has doubled. */
    void compactIfGrown() {
        compactIfGrown(COMPACTION_BUDGET);
    }

    /** With another budget: the test of compaction gives it as long as it needs, however busy the machine. */
    void compactIfGrown(Duration budget) {
        synchronized (commitLock) {
            if (!store.isClosed() && fileSize() > Math.max(MINIMUM_COMPACTION_SIZE, 2 * sizeAfterLastCompaction)) {
                store.compactFile((int) budget.toMillis());
                sizeAfterLastCompaction = fileSize();
            }
        }
    }

    @Override
    public void close() {
        compaction.shutdownNow();
        synchronized (commitLock) {
            super.close();
        }
    }
}
