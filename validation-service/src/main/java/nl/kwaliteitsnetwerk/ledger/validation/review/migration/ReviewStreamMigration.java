package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.CopiedEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.migration.ReviewsOfBefore.Copy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * At start, gives every review found in the committee's stream (written while reviews lived inside the committee)
 * a stream of its own, as {@link ReviewsOfBefore} reads them, in one commit each, every copy with where it came from
 * ({@link CopiedEvent}). The committee's stream is not touched (history is never rewritten): the committee has no
 * handler for those events and its trail shows them as before. A review that has a stream already (its head in the
 * ledger) is left alone, so a second run, or a second instance on the same store, changes nothing: the ledger
 * refuses a second stream's first commit under the same id, and that refusal here means another did it.
 * <p>
 * It never keeps the service from starting: a committee's stream that cannot be read (a break, which the ledger
 * alarms itself) is logged and nothing is migrated; a review that cannot be given its stream is logged and the
 * others are; the next start tries again. The log names ids and the kind of failure, never what the events say.
 */
public class ReviewStreamMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewStreamMigration.class);
    private static final String REVIEW_TYPE = ValidationReview.class.getSimpleName();

    private final EventStore eventStore;
    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> heads;
    private final String committeeId;

    /** The ledger's commits (for the hash of each original's commit) and heads are read from {@code database}. */
    public ReviewStreamMigration(EventStore eventStore, MongoDatabase database) {
        this.eventStore = eventStore;
        this.commits = database.getCollection(LedgerStorageEngine.COMMITS);
        this.heads = database.getCollection(LedgerStorageEngine.AGGREGATE_HEADS);
        this.committeeId = ValidationCommittee.OF_THE_NETWORK;
    }

    @Override
    public void run(ApplicationArguments args) {
        migrateAll();
    }

    /** Answers how many reviews got a stream of their own; never throws. */
    public int migrateAll() {
        ReviewsOfBefore found;
        try {
            found = ReviewsOfBefore.of(eventStore.readEvents(committeeId).asStream().toList());
        } catch (RuntimeException unreadable) {
            log.error("the committee's stream {} cannot be read ({}): its reviews of before get streams of their own "
                    + "at a later start", committeeId, failure(unreadable));
            return 0;
        }
        found.orphans().forEach(reviewId -> log.error("review {} in the committee's stream has no opening before its "
                + "events: it is not given a stream of its own", reviewId));
        CommitHashes hashes = new CommitHashes(commits, committeeId);
        int migrated = 0;
        for (Map.Entry<String, List<Copy>> review : found.reviews().entrySet()) {
            migrated += migrate(review.getKey(), review.getValue(), hashes) ? 1 : 0;
        }
        return migrated;
    }

    /**
     * By the ledger's head of the review's stream: an exact-key read, without reading (and verifying) the stream. A
     * head missing after its commit (a crash between the two) only means the ledger refuses the copies as a second
     * first commit.
     */
    private boolean hasStream(String aggregateId) {
        return heads.find(Filters.eq("_id", aggregateId)).first() != null;
    }

    private boolean migrate(String reviewId, List<Copy> copies, CommitHashes hashes) {
        if (hasStream(reviewId)) {
            return false;
        }
        try {
            return append(reviewId, copies, hashes);
        } catch (RuntimeException failed) {
            log.error("review {} was not given a stream of its own ({}); the next start tries again", reviewId,
                    failure(failed));
            return false;
        }
    }

    /** All of a review's copies in one commit, so a review is migrated whole or not at all. */
    private boolean append(String reviewId, List<Copy> copies, CommitHashes hashes) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        copies.forEach(copy -> events.add(copy(reviewId, copy, events.size(), hashes)));
        try {
            eventStore.publish(events);
            log.info("review {} has a stream of its own now: {} events copied from its committee's stream", reviewId,
                    events.size());
            return true;
        } catch (AggregateStreamCreationException anotherInstanceDidIt) {
            log.info("review {} was given its own stream by another instance", reviewId);
            return false;
        }
    }

    private DomainEventMessage<?> copy(String reviewId, Copy copy, long sequence, CommitHashes hashes) {
        DomainEventMessage<?> original = copy.original();
        return new GenericDomainEventMessage<>(REVIEW_TYPE, reviewId, sequence, copy.payload(),
                CopiedEvent.of(original, hashes.of(original.getSequenceNumber())), UUID.randomUUID().toString(),
                original.getTimestamp());
    }

    /** The kind of failure in the service's words: a break's kind and position, else the exception's class. */
    private static String failure(RuntimeException failed) {
        if (failed instanceof LedgerIntegrityException broken) {
            return "ledger break " + broken.broken().kind() + " at position " + broken.broken().position();
        }
        return failed.getClass().getSimpleName();
    }
}
