package nl.kwaliteitsnetwerk.ledger.validation.review.membership;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.Map;

/**
 * The {@code reviewMembership} health component: whether the follower keeps up (DOWN while its processor fails and
 * retries an event, during which no change reaches any review), how many changes it parked, and the last one.
 * Parked changes do not make it DOWN (the follower moved on past them); the alert on
 * {@code qal_review_membership_parked_total} calls someone to look at {@code GET /committee/membership-changes/parked}.
 */
public class ReviewMembershipHealthIndicator extends AbstractHealthIndicator {

    private final ParkedMembershipChanges parked;
    private final EventProcessingConfiguration processing;

    public ReviewMembershipHealthIndicator(ParkedMembershipChanges parked, EventProcessingConfiguration processing) {
        this.parked = parked;
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean retrying = processing.eventProcessor(ReviewMembershipFollower.PROCESSING_GROUP, TrackingEventProcessor.class)
                .map(processor -> processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState))
                .orElse(false);
        builder.status(retrying ? Status.DOWN : Status.UP).withDetails(Map.of("following", !retrying,
                "parkedChanges", parked.count()));
        parked.last().ifPresent(last -> builder.withDetail("lastParked", Map.of("reviewId", last.reviewId(),
                "committeeSequence", last.committeeSequence(), "reason", last.reason(),
                "parkedAt", last.parkedAt().toString())));
    }
}
