package nl.kwaliteitsnetwerk.ledger.validation.review.membership;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import nl.kwaliteitsnetwerk.ledger.platform.process.DaemonThreads;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ApplyMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Brings the committee's changes of membership to every review not yet published, by command
 * ({@link ApplyMembershipChange}); each review applies a change once, so a redelivery changes nothing. It keeps,
 * in its own collection, which reviews are not published yet. A review whose opening is stored after a change it
 * did not read (it read the committee before the change was stored) is caught up when this handler meets the
 * opening: every change in the committee's stream after the version the review was opened under is sent to it.
 * It follows the store in order, in its own processing group, so nothing slips between the two. Each review is
 * on its own: a change that one review cannot take and never will (its stream does not verify, or it refuses the
 * change) is parked ({@link ParkedMembershipChanges}) and the follower goes on with the others; any other failure
 * fails the event, and the processor retries it.
 */
@ProcessingGroup(ReviewMembershipFollower.PROCESSING_GROUP)
public class ReviewMembershipFollower implements AutoCloseable {

    public static final String PROCESSING_GROUP = "validation-review-membership";
    public static final String COLLECTION = "validation_reviews_unpublished";

    private final MongoCollection<Document> unpublished;
    private final EventStore eventStore;
    private final CommandGateway commands;
    private final ParkedMembershipChanges parked;
    /** Where each command is sent from: outside the processor's unit of work (see {@link #apply}). */
    private final ExecutorService sender =
            Executors.newSingleThreadExecutor(DaemonThreads.named("review-membership-sender"));

    public ReviewMembershipFollower(MongoCollection<Document> unpublished, EventStore eventStore, CommandGateway commands,
                                    ParkedMembershipChanges parked) {
        this.unpublished = unpublished;
        this.eventStore = eventStore;
        this.commands = commands;
        this.parked = parked;
    }

    /** A review's own opening (not one kept in a committee's stream of before): noted, and caught up. */
    @EventHandler
    public void on(ValidationReviewOpened event, DomainEventMessage<?> message) {
        if (!message.getAggregateIdentifier().equals(event.reviewId())) {
            return;
        }
        unpublished.replaceOne(Filters.eq("_id", event.reviewId()),
                new Document("_id", event.reviewId()).append("committeeId", event.committeeId()),
                new ReplaceOptions().upsert(true));
        eventStore.readEvents(event.committeeId(), event.committeeVersion() + 1).asStream()
                .filter(change -> change.getPayload() instanceof MembershipChanged)
                .forEach(change -> apply(event.reviewId(), event.committeeId(), change));
    }

    @EventHandler
    public void on(ValidationReportPublished event, DomainEventMessage<?> message) {
        if (message.getAggregateIdentifier().equals(event.reviewId())) {
            unpublished.deleteOne(Filters.eq("_id", event.reviewId()));
        }
    }

    @EventHandler
    public void on(MembershipChanged event, DomainEventMessage<?> message) {
        unpublished.find(Filters.eq("committeeId", event.committeeId()))
                .forEach(review -> apply(review.getString("_id"), event.committeeId(), message));
    }

    /**
     * Sent from another thread and awaited: sent from the processor's thread, the command would be handled in a
     * unit of work nested in the processor's, whose events Axon stores only when the whole batch commits, so a
     * second change to the same review in the batch would be decided on a review without the first. This way each
     * change is stored before the next is decided, and before the token passes the event (a crash in between
     * redelivers it, which the review's idempotence absorbs). A failure for good is parked; any other fails the
     * event, and the processor retries.
     */
    private void apply(String reviewId, String committeeId, DomainEventMessage<?> change) {
        ApplyMembershipChange command = new ApplyMembershipChange(reviewId, change.getSequenceNumber(),
                (MembershipChanged) change.getPayload(), null);
        try {
            CompletableFuture.runAsync(() -> commands.sendAndWait(command), sender).join();
        } catch (CompletionException failed) {
            if (!parked.parkIfForGood(reviewId, committeeId, change.getSequenceNumber(), failed)) {
                throw failed;
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }

    @ResetHandler
    public void reset() {
        unpublished.deleteMany(new Document());
    }
}
