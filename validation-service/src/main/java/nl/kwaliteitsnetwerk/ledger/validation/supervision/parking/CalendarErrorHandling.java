package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailErrorHandling;
import nl.kwaliteitsnetwerk.ledger.validation.trail.UnreadableRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;

/**
 * What the calendars' feed does with a record it fails on, by spring-kafka's {@link DefaultErrorHandler} (the
 * records before it in the poll are kept, it is delivered again after a back-off), so that nothing holds up the
 * calendars for ever and nothing is skipped unseen:
 * <ul>
 *   <li>a record that is no integration event ({@link UnreadableRecord}) or an event the calendar refuses (a
 *       {@link RuleViolation}, such as an institution code that is no code) is parked at once: it fails alike
 *       however often it is delivered;</li>
 *   <li>while the store is unreachable ({@link TrailErrorHandling#isOutage}, the same test as the trail's) it is
 *       retried for as long as that lasts, back-off doubling to 30 seconds, and never parked: the record is fine,
 *       and parking every record of an outage would empty the calendars of a whole stretch of events;</li>
 *   <li>anything else is retried {@code retries} times, back-off doubling from {@code interval}, then parked. A
 *       concurrency conflict (another instance, a deadline or the inspectorate wrote the calendar between load and
 *       commit) is among these on purpose: the retry loads the calendar anew and passes, so a conflict that survives
 *       every retry is no race but a stream that cannot take the event, which people must see rather than a
 *       consumer that loops.</li>
 * </ul>
 */
public final class CalendarErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(CalendarErrorHandling.class);
    private static final long MAX_INTERVAL_MS = Duration.ofSeconds(30).toMillis();

    private CalendarErrorHandling() {
    }

    public static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer parking, int retries, Duration interval) {
        ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(retries);
        bounded.setInitialInterval(interval.toMillis());
        bounded.setMultiplier(2);
        bounded.setMaxInterval(MAX_INTERVAL_MS);
        DefaultErrorHandler handler = new DefaultErrorHandler(parking, bounded);
        handler.addNotRetryableExceptions(UnreadableRecord.class, RuleViolation.class);
        handler.setBackOffFunction((record, failure) -> {
            if (!TrailErrorHandling.isOutage(failure)) {
                return null;
            }
            ExponentialBackOff whileAway = new ExponentialBackOff(interval.toMillis(), 2);
            whileAway.setMaxInterval(MAX_INTERVAL_MS);
            return whileAway;
        });
        handler.setRetryListeners((record, failure, attempt) -> log.warn("calendar feed: {}-{}@{} failed (delivery {}): {}",
                record.topic(), record.partition(), record.offset(), attempt, TrailErrorHandling.causeOf(failure).toString()));
        return handler;
    }
}
