package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines the manager gave up on, and what an operator needs of them: the counter
 * {@code qal_deadlines_parked_total} (parkings by this instance, for the alert), the gauge
 * {@code qal_deadlines_parked_now} (parked now, in the service's store), the list, and re-arming one.
 * A parked deadline is never claimed again by itself: the project's rule is that what cannot be processed is set
 * aside visibly instead of being tried for ever.
 */
public class ParkedDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ParkedDeadlines.class);
    /** More parked deadlines than this are not listed at once; the count says how many there are. */
    static final int LISTED = 1000;

    private final DeadlineDocuments documents;
    private final Clock clock;
    private final Counter parkings;

    ParkedDeadlines(DeadlineDocuments documents, Clock clock, MeterRegistry meters) {
        Gauge.builder("qal.deadlines.parked.now", documents, DeadlineDocuments::countParked)
                .description("Deadlines parked now, waiting for an administrator").register(meters);
        this.parkings = Counter.builder("qal.deadlines.parked")
                .description("Deadlines this instance gave up on and parked").register(meters);
        this.documents = documents;
        this.clock = clock;
    }

    /** Parks a deadline this instance holds the claim of; {@code reason} is a class name, never a message. */
    void park(Document claimed, String reason) {
        if (documents.markParked(claimed, reason, clock.instant())) {
            parkings.increment();
            log.error("Deadline {} ({}) parked after {} attempt(s), last failure {}; an administrator re-arms it at "
                    + "POST /deadlines/parked/{}/re-arm", claimed.get("_id"), claimed.getString("name"),
                    claimed.getInteger("claims", 0), reason, claimed.get("_id"));
        }
    }

    public long count() {
        return documents.countParked();
    }

    /** The parked deadlines, oldest parking first (at most {@value #LISTED}). */
    public List<ParkedDeadline> list() {
        return documents.parked(LISTED).stream().map(ParkedDeadline::of).toList();
    }

    public Optional<ParkedDeadline> oldest() {
        return documents.parked(1).stream().map(ParkedDeadline::of).findFirst();
    }

    /** Schedules a parked deadline again, due at once, with a fresh count of attempts; false if it is not parked. */
    public boolean rearm(String id) {
        boolean rearmed = documents.rearm(id, clock.instant());
        if (rearmed) {
            log.info("Parked deadline {} re-armed", id);
        }
        return rearmed;
    }
}
