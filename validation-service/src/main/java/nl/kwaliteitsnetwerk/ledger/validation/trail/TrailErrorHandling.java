package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;

/**
 * What the trail does with a record it fails on, by spring-kafka's {@link DefaultErrorHandler}: the records
 * of the poll before it are kept, it is delivered again after a back-off, and then:
 * <ul>
 *   <li>a record that is no integration event ({@link UnreadableRecord}) is parked at once: reading it
 *       again gives the same answer;</li>
 *   <li>while the trail's database is unreachable it is retried for as long as that lasts (back-off
 *       doubling up to 30 seconds) and never parked: the record is fine, the store is away;</li>
 *   <li>any other failure is retried {@code retries} times (back-off doubling from {@code interval}), then
 *       the record is parked.</li>
 * </ul>
 * Parking ({@link TrailDeadLetters}) commits past the record, so the trail moves on.
 */
public final class TrailErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(TrailErrorHandling.class);
    private static final Duration MAX_INTERVAL = Duration.ofSeconds(30);
    private static final String RETRYABLE_WRITE = "RetryableWriteError";
    private static final String TRANSIENT_TRANSACTION = "TransientTransactionError";

    private TrailErrorHandling() {
    }

    public static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer deadLetters, int retries, Duration interval) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, bounded(retries, interval));
        handler.addNotRetryableExceptions(UnreadableRecord.class);
        handler.setBackOffFunction((record, exception) -> isOutage(exception) ? untilBack(interval) : null);
        handler.setRetryListeners((record, exception, attempt) -> log.warn("trail record {}-{}@{} failed (delivery {}): {}",
                record.topic(), record.partition(), record.offset(), attempt, causeOf(exception).toString()));
        return handler;
    }

    /** Whether {@code failure} says that the trail's database cannot be reached now, rather than that the record is bad. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof MongoSocketException || e instanceof MongoTimeoutException
                    || e instanceof MongoNotPrimaryException || e instanceof MongoNodeIsRecoveringException
                    || e instanceof MongoWriteConcernException || e instanceof MongoInterruptedException
                    || e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException) {
                return true;
            }
            if (e instanceof MongoException mongo && (mongo.hasErrorLabel(RETRYABLE_WRITE)
                    || mongo.hasErrorLabel(TRANSIENT_TRANSACTION))) {
                return true;
            }
        }
        return false;
    }

    /** What the listener threw, without the container's wrapper. */
    public static Throwable causeOf(Exception exception) {
        Throwable cause = exception;
        while (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static BackOff bounded(int retries, Duration interval) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retries);
        backOff.setInitialInterval(interval.toMillis());
        backOff.setMultiplier(2);
        backOff.setMaxInterval(MAX_INTERVAL.toMillis());
        return backOff;
    }

    private static BackOff untilBack(Duration interval) {
        ExponentialBackOff backOff = new ExponentialBackOff(interval.toMillis(), 2);
        backOff.setMaxInterval(MAX_INTERVAL.toMillis());
        return backOff;
    }
}
