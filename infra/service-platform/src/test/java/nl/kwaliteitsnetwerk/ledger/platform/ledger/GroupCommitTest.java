package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Group commit, made deterministic: the first insert of commits is held on the wire until the units of work
 * that came after it wait for the appender, so that what the next insert holds is known.
 */
class GroupCommitTest {

    private final HeldInsert held = new HeldInsert();
    private final MongoClient heldClient = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(SharedTestStack.get().mongo().uri("ledger-test")))
            .addCommandListener(held).build());
    private final String databaseName = "group-commit-" + UUID.randomUUID();
    private final MongoDatabase database = heldClient.getDatabase(databaseName);
    private final MongoClient otherClient = MongoClients.create(SharedTestStack.get().mongo().uri("ledger-test"));
    private final Map<String, Throwable> failures = new ConcurrentHashMap<>();

    public record Noted(String text) {
    }

    @AfterEach
    void close() {
        held.release.countDown();
        heldClient.close();
        otherClient.close();
    }

    @Test
    void unitsOfWorkThatAppendAtOnceAreStoredByOneInsertAsAChain() throws Exception {
        LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(database);
        Thread first = appendWhileHeld(engine, "first");
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(appendBehindTheAppender(engine, "writer-" + i));
        }
        held.release.countDown();
        joinAll(first, waiting);

        assertThat(failures).isEmpty();
        assertThat(held.insertSizes).as("one insert held, then one for the four that waited meanwhile").containsExactly(1, 4);
        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.commitsChecked()).isEqualTo(5);
        for (int i = 0; i < 4; i++) {
            assertThat(engine.readEvents("writer-" + i).asStream().count()).isEqualTo(1);
        }
    }

    @Test
    void aConflictInABatchFailsOnlyItsOwnUnitOfWorkAndWhatCameAfterItIsChainedAnew() throws Exception {
        LedgerStorageEngineTest.engineOn(otherClient.getDatabase(databaseName)).appendEvents(event("taken", 0, "elders"));
        LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(database);
        Thread first = appendWhileHeld(engine, "first");
        Thread before = appendBehindTheAppender(engine, "before");
        Thread conflicting = appendBehindTheAppender(engine, "taken");
        Thread after = appendBehindTheAppender(engine, "after");
        held.release.countDown();
        joinAll(first, List.of(before, conflicting, after));

        assertThat(failures.keySet()).containsExactly("taken");
        assertThat(failures.get("taken")).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(held.insertSizes).as("the batch of three stops at the conflict; the one after it is written again")
                .containsExactly(1, 3, 1);
        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.commitsChecked()).isEqualTo(4);
        assertThat(engine.readEvents("taken").asStream().map(e -> ((Noted) e.getPayload()).text())).containsExactly("elders");
        assertThat(engine.readEvents("after").asStream().count()).isEqualTo(1);
        engine.appendEvents(event("after", 1, "and more"));
        assertThat(new LedgerVerifier(database).verify().intact()).isTrue();
    }

    @Test
    void positionsAnotherInstanceTookAreReadPast() {
        held.release.countDown();
        LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(database);
        LedgerStorageEngine other = LedgerStorageEngineTest.engineOn(otherClient.getDatabase(databaseName));
        engine.appendEvents(event("a", 0, "een"));
        other.appendEvents(event("b", 0, "ander"));
        other.appendEvents(event("c", 0, "nog een"));
        engine.appendEvents(event("a", 1, "twee"), event("d", 0, "derde"));

        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.commitsChecked()).isEqualTo(5);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(2);
    }

    @Test
    void aUnitOfWorkThatReturnsToAnAggregateLinksToItsOwnEarlierCommit() {
        held.release.countDown();
        LedgerStorageEngine engine = LedgerStorageEngineTest.engineOn(database);
        engine.appendEvents(event("a", 0, "een"), event("b", 0, "ander"), event("a", 1, "twee"));

        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.commitsChecked()).isEqualTo(3);
        assertThat(LedgerStorageEngineTest.engineOn(database).readEvents("a").asStream()
                .map(e -> ((Noted) e.getPayload()).text())).containsExactly("een", "twee");
    }

    private Thread appendWhileHeld(LedgerStorageEngine engine, String aggregate) throws InterruptedException {
        Thread thread = append(engine, aggregate);
        assertThat(held.firstHeld.await(60, TimeUnit.SECONDS)).as("the first insert reached the wire").isTrue();
        return thread;
    }

    /** Starts an append and returns once it waits for the appender, so that the order of the batch is known. */
    private Thread appendBehindTheAppender(LedgerStorageEngine engine, String aggregate) {
        Thread thread = append(engine, aggregate);
        await().atMost(Duration.ofSeconds(60)).until(() -> waitsForTheAppender(thread));
        return thread;
    }

    private Thread append(LedgerStorageEngine engine, String aggregate) {
        Thread thread = new Thread(() -> {
            try {
                engine.appendEvents(event(aggregate, 0, aggregate));
            } catch (RuntimeException e) {
                failures.put(aggregate, e);
            }
        }, "append-" + aggregate);
        thread.start();
        return thread;
    }

    /** Whether the thread waits for the appender's lock: its unit of work is queued, and the order of a batch known. */
    static boolean waitsForTheAppender(Thread thread) {
        List<StackTraceElement> stack = Arrays.asList(thread.getStackTrace());
        return thread.getState() == Thread.State.WAITING
                && stack.stream().anyMatch(f -> f.getClassName().equals(CommitAppender.class.getName()) && f.getMethodName().equals("append"))
                && stack.stream().anyMatch(f -> f.getClassName().startsWith("java.util.concurrent.locks.ReentrantLock"));
    }

    private static void joinAll(Thread first, List<Thread> others) throws InterruptedException {
        first.join(60_000);
        for (Thread other : others) {
            other.join(60_000);
        }
    }

    private static DomainEventMessage<Noted> event(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>("Note", aggregate, sequence, new Noted(text));
    }

    /** Counts the commits each insert carries, and holds the first insert until released. */
    private static final class HeldInsert implements CommandListener {
        private final CountDownLatch firstHeld = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicBoolean holding = new AtomicBoolean(true);
        private final List<Integer> insertSizes = new CopyOnWriteArrayList<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (!event.getCommandName().equals("insert")
                    || !event.getCommand().getString("insert").getValue().equals(LedgerStorageEngine.COMMITS)) {
                return;
            }
            insertSizes.add(event.getCommand().getArray("documents").size());
            if (holding.getAndSet(false)) {
                firstHeld.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
