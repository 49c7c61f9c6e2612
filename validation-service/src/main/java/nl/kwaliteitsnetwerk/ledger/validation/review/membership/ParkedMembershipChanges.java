package nl.kwaliteitsnetwerk.ledger.validation.review.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.validation.parking.ParkedList;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

/**
 * The changes of membership the follower parked, one document each, keyed by review and committee sequence, so a
 * change parked again (its event redelivered) is listed and counted once. Parking logs a WARN line and counts in
 * {@code qal.review.membership.parked{cause}}. Only a failure that retrying will not cure is parked: the review's
 * stream does not verify (the ledger alarms that break itself), or the review refused the change.
 */
public class ParkedMembershipChanges extends ParkedList<ParkedMembershipChange> {

    public static final String COLLECTION = "validation_review_membership_parked";
    private static final Logger log = LoggerFactory.getLogger(ParkedMembershipChanges.class);

    private final MeterRegistry meters;
    private final Clock clock;

    public ParkedMembershipChanges(MongoCollection<Document> collection, ObjectMapper mapper, MeterRegistry meters,
                                   Clock clock) {
        super(collection, mapper, ParkedMembershipChange.class);
        this.meters = meters;
        this.clock = clock;
    }

    /** Parks the change if {@code failure} is for good, and answers whether it did. */
    public boolean parkIfForGood(String reviewId, String committeeId, long committeeSequence, Throwable failure) {
        Optional<Throwable> cause = causeOfKind(failure);
        if (cause.isEmpty()) {
            return false;
        }
        String id = ParkedMembershipChange.idOf(reviewId, committeeSequence);
        if (contains(id)) {
            return true;
        }
        String reason = reasonFor(cause.get());
        save(new ParkedMembershipChange(id, reviewId, committeeId, committeeSequence, reason, clock.instant()));
        log.warn("change of membership {} of committee {} parked for review {}: {}", committeeSequence, committeeId,
                reviewId, reason);
        Counter.builder("qal.review.membership.parked")
                .description("Changes of membership that could not be brought to a review, parked")
                .tag("cause", cause.get() instanceof LedgerIntegrityException ? "ledger-integrity" : "refused")
                .register(meters).increment();
        return true;
    }

    private static Optional<Throwable> causeOfKind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LedgerIntegrityException || cause instanceof RuleViolation) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** In the service's words: a break's kind and position, a refusal's code; never a message that may quote input. */
    private static String reasonFor(Throwable cause) {
        if (cause instanceof LedgerIntegrityException broken) {
            return "the review's stream does not verify in the ledger: " + broken.broken().kind() + " at position "
                    + broken.broken().position();
        }
        return "the review refused the change: " + ((RuleViolation) cause).errorCode().code();
    }
}
