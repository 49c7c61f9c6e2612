package nl.kwaliteitsnetwerk.ledger.stack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import nl.kwaliteitsnetwerk.ledger.stack.store.BsonDatabase;
import nl.kwaliteitsnetwerk.ledger.stack.store.StoreFormat;
import org.h2.mvstore.MVStore;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The H2 backend of mongo-java-server, made durable: every command that changed something is
 * committed to disk before its reply is sent, so an acknowledged write survives a kill -9. H2 on its
 * own commits in the background about once a second, and a kill loses what came in since.
 * Commits are grouped: writers that arrive while a commit runs are covered by the next one, which
 * finds nothing left to do for those already written. Because a commit per write leaves unused space
 * behind, the file is compacted in the background whenever it has doubled since the last compaction.
 * <p>
 * A commit writes the whole store, not one connection's change. An insert changes the data map and then
 * each index one after the other, so a commit made by another connection in between would persist a
 * document that its {@code _id} or unique index lacks; after a kill -9, every later insert at that
 * position fails and the unique key no longer holds. Commands therefore run under the read side of a
 * lock and everything that commits under the write side: a commit holds whole commands only, and an
 * insertMany (one command up to 1000 documents; the driver splits larger ones) is on disk entirely or not at all.
 * <p>
 * Documents and index keys are kept as BSON, not Java-serialized ({@link BsonDatabase}); a file written
 * before is migrated when it is opened ({@link StoreFormat}).
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
    /** Fair, so that a commit waiting for the commands in flight is not starved by the commands after them. */
    private final ReentrantReadWriteLock commandsOrCommit = new ReentrantReadWriteLock(true);
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
        // H2 would also commit from inside a write once unsaved changes pass a buffer size, in the middle
        // of a command; a buffer size of 0 leaves every commit to this class, under the lock
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
        store.setRetentionTime((int) retention.toMillis());
        try {
            // before the backend's constructor, which opens every database in the file with this format's types
            StoreFormat.prepare(store);
            return new DurableH2Backend(store);
        } catch (RuntimeException unreadable) {
            // without a commit of what this open changed in memory: the old maps and the marker stay as they were on disk
            store.closeImmediately();
            throw unreadable;
        }
    }

    /**
     * Called by the constructor of {@link H2Backend} for the databases already in the file, before this
     * class's fields are set: it may use only what the server's classes hold.
     */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    /** How long space no longer in use is kept before it may be reused or given back; for the test of compaction. */
    void retainUnusedSpaceFor(Duration retention) {
        store.setRetentionTime((int) retention.toMillis());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Lock applying = commandsOrCommit.readLock();
        applying.lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            applying.unlock();
            commitPending();
        }
    }

    /** Commits what is not on disk yet; a caller whose change an earlier commit already covered returns at once. */
    void commitPending() {
        exclusively(() -> {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        });
    }

    /** Runs what commits the store while no command is half applied. */
    private void exclusively(Runnable commits) {
        Lock commit = commandsOrCommit.writeLock();
        commit.lock();
        try {
            commits.run();
        } finally {
            commit.unlock();
        }
    }

    /** Moves live data together and gives the rest back when the file has doubled. */
    void compactIfGrown() {
        compactIfGrown(COMPACTION_BUDGET);
    }

    /** With another budget: the test of compaction gives it as long as it needs, however busy the machine. */
    void compactIfGrown(Duration budget) {
        exclusively(() -> {
            if (!store.isClosed() && fileSize() > Math.max(MINIMUM_COMPACTION_SIZE, 2 * sizeAfterLastCompaction)) {
                store.compactFile((int) budget.toMillis());
                sizeAfterLastCompaction = fileSize();
            }
        });
    }

    @Override
    public void close() {
        compaction.shutdownNow();
        exclusively(super::close);
    }
}
