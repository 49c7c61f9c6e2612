package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seating;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * At start, gives every review found in a committee's stream (written while reviews lived inside the committee)
 * a stream of its own: its events are appended, in order, to a new stream under the review's id, each with where
 * it came from in its metadata ({@link MigratedCopy}); the opening with the committee's composition as it stood
 * just before it in the committee's stream. The committee's stream is not touched (history is never rewritten):
 * the committee has no handler for those events and its trail shows them as before. A review that has a stream
 * already is left alone, so a second run, or a second instance on the same store, changes nothing: the ledger
 * refuses a second stream's first commit under the same id, and that refusal here means another did it.
 */
public class ReviewStreamMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewStreamMigration.class);
    private static final String COMMITTEE_TYPE = ValidationCommittee.class.getSimpleName();
    private static final String REVIEW_TYPE = ValidationReview.class.getSimpleName();

    private final EventStore eventStore;
    private final MongoCollection<Document> commits;

    /** {@code commits}: the ledger's commits, read for the committees' ids and the hash of each original's commit. */
    public ReviewStreamMigration(EventStore eventStore, MongoCollection<Document> commits) {
        this.eventStore = eventStore;
        this.commits = commits;
    }

    @Override
    public void run(ApplicationArguments args) {
        migrateAll();
    }

    /** Answers how many reviews got a stream of their own. */
    public int migrateAll() {
        int migrated = 0;
        for (String committeeId : commits.distinct("aggregateId", Filters.eq("aggregateType", COMMITTEE_TYPE), String.class)) {
            migrated += migrate(committeeId);
        }
        return migrated;
    }

    private int migrate(String committeeId) {
        Map<String, List<Original>> reviews = new LinkedHashMap<>();
        Composition composition = new Composition();
        eventStore.readEvents(committeeId).asStream().forEach(message -> {
            Object payload = message.getPayload();
            if (payload instanceof ReviewEvent event) {
                reviews.computeIfAbsent(event.reviewId(), id -> new ArrayList<>())
                        .add(new Original(message, composition.under(event)));
            } else {
                composition.follow(payload);
            }
            composition.version = message.getSequenceNumber();
        });
        int migrated = 0;
        for (Map.Entry<String, List<Original>> review : reviews.entrySet()) {
            migrated += append(committeeId, review.getKey(), review.getValue()) ? 1 : 0;
        }
        return migrated;
    }

    /** A review's event as its committee's stream holds it, and as its own stream is to hold it. */
    private record Original(DomainEventMessage<?> message, ReviewEvent copied) {
    }

    /** All of a review's copies in one commit, so a review is migrated whole or not at all. */
    private boolean append(String committeeId, String reviewId, List<Original> originals) {
        if (eventStore.lastSequenceNumberFor(reviewId).isPresent()) {
            return false;
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        originals.forEach(original -> events.add(copy(committeeId, original.message(), original.copied(), events.size())));
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

    private DomainEventMessage<?> copy(String committeeId, DomainEventMessage<?> original, ReviewEvent payload, long sequence) {
        Map<String, Object> provenance = new HashMap<>(original.getMetaData());
        provenance.put(MigratedCopy.MIGRATED_FROM, committeeId);
        provenance.put(MigratedCopy.ORIGINAL_SEQUENCE, original.getSequenceNumber());
        provenance.put(MigratedCopy.ORIGINAL_EVENT_ID, original.getIdentifier());
        String commitHash = commitHashOf(committeeId, original.getSequenceNumber());
        if (commitHash != null) {
            provenance.put(MigratedCopy.ORIGINAL_COMMIT_HASH, commitHash);
        }
        return new GenericDomainEventMessage<>(REVIEW_TYPE, payload.reviewId(), sequence, payload,
                MetaData.from(provenance), UUID.randomUUID().toString(), original.getTimestamp());
    }

    private String commitHashOf(String committeeId, long sequence) {
        Document commit = commits.find(Filters.and(Filters.eq("aggregateId", committeeId),
                Filters.lte("firstSequence", sequence), Filters.gte("lastSequence", sequence))).first();
        return commit == null ? null : commit.getString("aggregateHash");
    }

    /** The committee's composition as its stream stands at each point, and its version there (its last sequence number). */
    private static final class Composition {
        private Seating seating = Seating.empty();
        private long version = -1;

        void follow(Object payload) {
            if (payload instanceof CommitteeComposed e) {
                seating = Seating.of(e.members(), e.chairUserId());
            } else if (payload instanceof MembershipChanged e) {
                seating = seating.after(e.leavingUserId(), e.joining(), e.chairUserId());
            }
        }

        /** The event as its review's stream holds it: an opening with the composition it was opened under. */
        ReviewEvent under(ReviewEvent event) {
            if (event instanceof ValidationReviewOpened e) {
                return new ValidationReviewOpened(e.committeeId(), e.reviewId(), e.title(), e.reports(), e.questionSetId(),
                        e.questionSetVersion(), e.questions(), seating.members(), seating.chairUserId(), version,
                        e.actor(), e.occurredAt());
            }
            return event;
        }
    }
}
