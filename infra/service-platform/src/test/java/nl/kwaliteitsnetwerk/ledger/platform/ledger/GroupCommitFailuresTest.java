package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a failure while a batch is written does to the units of work in it (found by a second reading of group
 * commit): an error reaches every unit of work of the batch and none waits for ever; a commit too large for
 * the store is refused on its own thread before it could join a batch; an interrupt of the thread writing a
 * batch does not fail the other units of work it writes for. The store is reached through a proxy that holds
 * the first insert of commits until released and runs an action at the second.
 */
class GroupCommitFailuresTest {

    public record Noted(String text) {
    }

    private final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("ledger-test"));
    private final Map<String, Throwable> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> finished = new ConcurrentHashMap<>();

    /** insertMany on commits: call 1 waits for release; call 2 runs `second`. */
    private MongoDatabase proxied(MongoDatabase real, CountDownLatch firstHeld, CountDownLatch release, Runnable second) {
        AtomicInteger calls = new AtomicInteger();
        return (MongoDatabase) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{MongoDatabase.class},
                (p, m, args) -> {
                    Object result = invoke(m, real, args);
                    if (m.getName().equals("getCollection") && LedgerStorageEngine.COMMITS.equals(args[0])) {
                        MongoCollection<?> collection = (MongoCollection<?>) result;
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{MongoCollection.class},
                                (p2, m2, args2) -> {
                                    if (m2.getName().equals("insertMany")) {
                                        int call = calls.incrementAndGet();
                                        if (call == 1) {
                                            firstHeld.countDown();
                                            release.await(60, TimeUnit.SECONDS);
                                        } else if (call == 2) {
                                            second.run();
                                        }
                                    }
                                    return invoke(m2, collection, args2);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static LedgerStorageEngine engine(MongoDatabase database) {
        return LedgerStorageEngineTest.engineOn(database);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anErrorWhileABatchIsWrittenFailsEveryUnitOfWorkInItAndTheNextAppendIsWritten() throws Exception {
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LedgerStorageEngine engine = engine(proxied(client.getDatabase("failures-" + UUID.randomUUID()), firstHeld, release, () -> {
            throw new OutOfMemoryError("simulated, in the second insert");
        }));
        firstHeldThenTwoBehind(engine, firstHeld, release);

        assertThat(finished).containsKey("first");
        assertThat(failures.get("a")).isInstanceOf(OutOfMemoryError.class);
        assertThat(failures.get("b")).isInstanceOf(OutOfMemoryError.class);
        Thread later = append(engine, "later", "x");
        join(later);
        assertThat(finished).containsKey("later");
    }

    @Test
    void aCommitTooLargeForTheStoreIsRefusedOnItsOwnAndTheOthersAreWritten() throws Exception {
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LedgerStorageEngine engine = engine(proxied(client.getDatabase("failures-" + UUID.randomUUID()), firstHeld, release, () -> { }));
        Thread first = append(engine, "first", "x");
        assertThat(firstHeld.await(60, TimeUnit.SECONDS)).isTrue();
        Thread innocent = appendBehind(engine, "innocent");
        Thread poison = append(engine, "poison", "y".repeat(17 * 1024 * 1024));
        join(poison);
        assertThat(failures.get("poison")).isInstanceOf(IllegalArgumentException.class);
        release.countDown();
        join(first, innocent);

        assertThat(finished).containsKeys("first", "innocent");
        assertThat(failures).containsOnlyKeys("poison");
    }

    @Test
    void anInterruptOfTheThreadWritingABatchDoesNotFailTheOthersInIt() throws Exception {
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LedgerStorageEngine engine = engine(proxied(client.getDatabase("failures-" + UUID.randomUUID()), firstHeld, release,
                () -> Thread.currentThread().interrupt()));
        firstHeldThenTwoBehind(engine, firstHeld, release);

        assertThat(failures).isEmpty();
        assertThat(finished).containsKeys("first", "a", "b");
    }

    /** "first" appends and is held on the wire; "a" and "b" wait behind it; then all are released and return. */
    private void firstHeldThenTwoBehind(LedgerStorageEngine engine, CountDownLatch firstHeld, CountDownLatch release)
            throws InterruptedException {
        Thread first = append(engine, "first", "x");
        assertThat(firstHeld.await(60, TimeUnit.SECONDS)).isTrue();
        Thread a = appendBehind(engine, "a");
        Thread b = appendBehind(engine, "b");
        release.countDown();
        join(first, a, b);
    }

    private Thread appendBehind(LedgerStorageEngine engine, String aggregate) {
        Thread thread = append(engine, aggregate, "x");
        await().atMost(Duration.ofSeconds(60)).until(() -> GroupCommitTest.waitsForTheAppender(thread));
        return thread;
    }

    private static void join(Thread... threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(60_000);
            assertThat(thread.isAlive()).as(thread.getName() + " returned").isFalse();
        }
    }

    private Thread append(LedgerStorageEngine engine, String aggregate, String text) {
        Thread thread = new Thread(() -> {
            try {
                engine.appendEvents(event(aggregate, 0, text));
                finished.put(aggregate, true);
            } catch (Throwable e) {
                failures.put(aggregate, e);
            }
        }, "append-" + aggregate);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static DomainEventMessage<Noted> event(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>("Note", aggregate, sequence, new Noted(text));
    }
}
