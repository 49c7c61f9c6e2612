package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.TermEnds;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.messaging.Message;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;

import static com.mongodb.client.model.Filters.eq;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.CALENDAR;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.LEASE;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.MAX_ATTEMPTS;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.NOW;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.failing;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.termEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A deadline that cannot be fired is parked, visibly, instead of being tried for ever or stopping the others:
 * bounded attempts, unreadable ones at once, shown in metrics and health, and re-armed by an administrator.
 */
class DeadlineParkingTest {

    private final DeadlineBench bench = new DeadlineBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aDeadlineThatAlwaysFailsIsTriedMaxAttemptsTimesThenParked() {
        MongoDeadlineManager manager = bench.instance(failing());
        String id = termEnd(manager, "t1");
        for (int lease = 0; lease < 24 * 30; lease++) {
            manager.pollOnce();
            bench.clock.advance(LEASE.plusSeconds(1));
        }

        Document parked = bench.stored(id);
        assertThat(parked).containsEntry("state", "PARKED").containsEntry("claims", MAX_ATTEMPTS)
                .containsEntry("lastFailure", IllegalStateException.class.getName());
        assertThat(parked.toJson()).as("no failure message, which may quote user text").doesNotContain("meanwhile");
        assertThat(manager.parked().list()).extracting(ParkedDeadline::id, ParkedDeadline::name, ParkedDeadline::attempts)
                .containsExactly(tuple(id, "term-end", MAX_ATTEMPTS));
        assertThat(bench.meters.get("qal.deadlines.parked").counter().count()).isEqualTo(1);
        assertThat(bench.meters.get("qal.deadlines.parked.now").gauge().value()).isEqualTo(1);
    }

    @Test
    void anUnreadableDeadlineIsParkedAndTheOthersInItsPollFire() {
        MongoDeadlineManager manager = bench.instance(bench.recording());
        String unreadable = manager.schedule(NOW.minusSeconds(10), "term-end", new TermEnds("29WT", "t1"), CALENDAR);
        String good = termEnd(manager, "t2");
        bench.deadlines.updateOne(eq("_id", unreadable), Updates.set("payload", "{not json"));

        assertThat(manager.pollOnce()).isEqualTo(1);

        assertThat(bench.delivered).extracting(Message::getIdentifier).containsExactly(good);
        assertThat(bench.stored(unreadable)).containsEntry("state", "PARKED").containsEntry("claims", 1);
        bench.clock.advance(Duration.ofDays(1));
        assertThat(manager.pollOnce()).as("not claimed again").isZero();
    }

    @Test
    void aDeadlineWhoseClaimsKeepRunningOutOfLeaseIsParkedUnfired() {
        MongoDeadlineManager manager = bench.instance(bench.recording());
        String id = termEnd(manager, "t1");
        DeadlineDocuments store = new DeadlineDocuments(bench.database);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            assertThat(store.claim(store.claimable(bench.clock.instant(), 10).get(0), "instance-that-dies-firing-it",
                    bench.clock.instant(), LEASE)).isPresent();
            bench.clock.advance(LEASE.plusSeconds(1));
        }

        assertThat(manager.pollOnce()).isZero();

        assertThat(bench.delivered).isEmpty();
        assertThat(bench.stored(id)).containsEntry("state", "PARKED").containsEntry("lastFailure", "LeaseExpired");
    }

    @Test
    void aParkedDeadlineReArmedFiresOnTheNextPoll() {
        MongoDeadlineManager failingOne = bench.instance(failing());
        MongoDeadlineManager healthy = bench.instance(bench.recording());
        String id = parkedAfterFailing(failingOne);
        assertThat(healthy.pollOnce()).isZero();

        assertThat(healthy.parked().rearm(id)).isTrue();
        assertThat(healthy.parked().rearm(id)).as("no longer parked").isFalse();
        assertThat(healthy.parked().rearm("no-such-deadline")).isFalse();
        assertThat(healthy.pollOnce()).isEqualTo(1);

        assertThat(bench.delivered).extracting(Message::getIdentifier).containsExactly(id);
        assertThat(bench.stored(id)).containsEntry("state", "DONE").containsEntry("claims", 1);
        assertThat(healthy.parked().count()).isZero();
    }

    @Test
    void aCancellationCancelsAParkedDeadlineToo() {
        MongoDeadlineManager manager = bench.instance(failing());
        String id = parkedAfterFailing(manager);

        manager.cancelAllWithinScope("term-end", CALENDAR);

        assertThat(bench.stored(id)).containsEntry("state", "CANCELLED");
        assertThat(manager.parked().list()).isEmpty();
    }

    @Test
    void theHealthComponentCountsTheParkedDeadlinesAndNamesTheOldestWithoutTakingTheServiceDown() {
        MongoDeadlineManager manager = bench.instance(failing());
        DeadlineHealthIndicator health = new DeadlineHealthIndicator(manager.parked());
        assertThat(health.health().getDetails()).containsEntry("parkedDeadlines", 0L).doesNotContainKey("oldestParked");
        String id = parkedAfterFailing(manager);

        Health reported = health.health();

        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(reported.getDetails()).containsEntry("parkedDeadlines", 1L);
        assertThat(reported.getDetails().get("oldestParked")).asInstanceOf(InstanceOfAssertFactories.type(ParkedDeadline.class))
                .extracting(ParkedDeadline::id, ParkedDeadline::name, ParkedDeadline::lastFailure)
                .containsExactly(id, "term-end", IllegalStateException.class.getName());
    }

    /** A term-end deadline {@code manager} fails to fire until it is parked. */
    private String parkedAfterFailing(MongoDeadlineManager manager) {
        String id = termEnd(manager, "t1");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            manager.pollOnce();
            bench.clock.advance(LEASE);
        }
        assertThat(bench.stored(id)).containsEntry("state", "PARKED");
        return id;
    }
}
