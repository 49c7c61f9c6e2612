package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.TermEnds;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.CALENDAR;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.LEASE;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.NOW;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.failing;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.termEnd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable deadline manager on the shared embedded MongoDB: each test is a fresh collection that several
 * managers (instances of a service) share, driven by {@code pollOnce()} and a clock moved by hand.
 */
class MongoDeadlineManagerTest {

    private final DeadlineBench bench = new DeadlineBench();
    private final MongoCollection<Document> deadlines = bench.deadlines;
    private final MutableClock clock = bench.clock;
    private final List<DeadlineMessage<?>> delivered = bench.delivered;
    /** One instance, for the tests that need no other. */
    private final MongoDeadlineManager manager = instance(recording());

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void twoInstancesRacingFireEachDueDeadlineOnce() throws Exception {
        MongoDeadlineManager first = instance(recording());
        MongoDeadlineManager second = instance(recording());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add((i % 2 == 0 ? first : second).schedule(NOW.plusSeconds(60 + i), "term-end", new TermEnds("29WT", "t" + i), CALENDAR));
        }
        clock.advance(Duration.ofHours(1));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> firedByFirst = threads.submit(() -> { start.await(); return first.pollOnce(); });
            Future<Integer> firedBySecond = threads.submit(() -> { start.await(); return second.pollOnce(); });
            start.countDown();
            assertThat(firedByFirst.get() + firedBySecond.get()).isEqualTo(40);
        } finally {
            threads.shutdownNow();
        }

        assertThat(delivered).extracting(Message::getIdentifier).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(first.pollOnce() + second.pollOnce()).isZero();
        assertThat(deadlines.countDocuments(new Document("state", "DONE"))).isEqualTo(40);
    }

    @Test
    void aHandlerThatCancelsANameAndSchedulesItAnewKeepsTheNewDeadline() {
        String old = termEnd(manager, "t1");
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        manager.cancelAllWithinScope("term-end", CALENDAR);
        String renewed = termEnd(manager, "t2");
        assertThat(deadlines.find(new Document("_id", old)).first()).as("cancelled once committed")
                .containsEntry("state", "SCHEDULED");
        unitOfWork.commit();
        clock.advance(LEASE.plusSeconds(1));

        assertThat(manager.pollOnce()).isEqualTo(1);
        assertThat(delivered).extracting(Message::getIdentifier).containsExactly(renewed);
        assertThat(deadlines.find(new Document("_id", old)).first()).containsEntry("state", "CANCELLED");
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        MongoDeadlineManager beforeRestart = instance(recording());
        String id = beforeRestart.schedule(NOW.plus(Duration.ofDays(1)), "term-end", new TermEnds("29WT", "t1"), CALENDAR);

        MongoDeadlineManager afterRestart = instance(recording());
        assertThat(afterRestart.pollOnce()).as("not due yet").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(afterRestart.pollOnce()).isEqualTo(1);

        DeadlineMessage<?> fired = delivered.get(0);
        assertThat(fired.getIdentifier()).isEqualTo(id);
        assertThat(fired.getDeadlineName()).isEqualTo("term-end");
        assertThat(fired.getPayload()).isEqualTo(new TermEnds("29WT", "t1"));
        assertThat(fired.getTimestamp()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aClaimOfAnInstanceThatStoppedIsTakenOverAfterItsLease() {
        MongoDeadlineManager other = instance(recording());
        String id = termEnd(other, "t1");
        DeadlineDocuments store = new DeadlineDocuments(bench.database);
        assertThat(store.claim(store.claimable(NOW, 10).get(0), "stopped-instance", NOW, LEASE))
                .as("claimed by an instance that stops before it fires").isPresent();

        assertThat(other.pollOnce()).as("the claim holds during its lease").isZero();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(other.pollOnce()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(other.pollOnce()).isEqualTo(1);

        assertThat(delivered).extracting(Message::getIdentifier).containsExactly(id);
        assertThat(deadlines.find(new Document("_id", id)).first()).containsEntry("state", "DONE").containsEntry("claims", 2);
    }

    @Test
    void aFiringThatFailedIsTriedAgainSoonByAnyInstance() {
        MongoDeadlineManager failingOnce = instance(failing());
        MongoDeadlineManager other = instance(recording());
        String id = termEnd(failingOnce, "t1");

        assertThat(failingOnce.pollOnce()).isZero();
        assertThat(other.pollOnce()).as("not before its back-off").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(other.pollOnce()).isEqualTo(1);
        assertThat(delivered).extracting(Message::getIdentifier).containsExactly(id);
    }

    @Test
    void aCancelledDeadlineDoesNotFireAndACancellationRolledBackCancelsNothing() {
        String cancelled = termEnd(manager, "t1");
        manager.schedule(NOW, "follow-up fu-1", new TermEnds("29WT", "t2"), CALENDAR);
        manager.schedule(NOW, "follow-up fu-1", new TermEnds("25LH", "t3"), new AggregateScopeDescriptor("Calendar", "25LH"));
        String kept = manager.schedule(NOW, "follow-up fu-2", new TermEnds("29WT", "t4"), CALENDAR);

        DefaultUnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(null);
        manager.cancelAll("follow-up fu-2");
        rolledBack.rollback();
        manager.cancelSchedule("term-end", cancelled);
        manager.cancelAllWithinScope("follow-up fu-1", CALENDAR);
        manager.cancelAll("follow-up fu-1");
        clock.advance(Duration.ofDays(1));

        assertThat(manager.pollOnce()).isEqualTo(1);
        assertThat(delivered).extracting(Message::getIdentifier).containsExactly(kept);
    }

    @Test
    void aDeadlineScheduledInAUnitOfWorkThatRollsBackIsForgotten() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        termEnd(manager, "t1");
        unitOfWork.rollback();

        assertThat(deadlines.countDocuments()).isZero();
        assertThat(manager.pollOnce()).isZero();
    }

    private MongoDeadlineManager instance(ScopeAware aggregates) {
        return bench.instance(aggregates);
    }

    private ScopeAware recording() {
        return bench.recording();
    }
}
