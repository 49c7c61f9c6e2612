package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seating;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import org.axonframework.eventhandling.DomainEventMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviews a committee's stream of before holds, each as its own stream is to hold it, read in one pass of the
 * committee's stream: the opening with the composition as it stood just before it, the review's events in order, and
 * every change of membership stored between its opening and its publication (all of them, if it is not published)
 * at its place among them, as the review would have applied it: {@link ReviewMembershipChanged} with the change's
 * committee sequence number and its time. A review applies each change once by that number, so the follower's
 * catch-up of a migrated review then changes nothing. A review whose events do not start with its opening (the
 * opening is missing) is an orphan: not copied, as a stream without its opening has no review to load.
 */
final class ReviewsOfBefore {

    /** An original of the committee's stream, and the event the review's stream is to hold for it. */
    record Copy(DomainEventMessage<?> original, ReviewEvent payload) {
    }

    private final Map<String, List<Copy>> reviews = new LinkedHashMap<>();
    private final Set<String> published = new LinkedHashSet<>();
    private final Set<String> orphans = new LinkedHashSet<>();
    private Seating seating = Seating.empty();
    private long version = -1;

    static ReviewsOfBefore of(Iterable<? extends DomainEventMessage<?>> committeeStream) {
        ReviewsOfBefore reviews = new ReviewsOfBefore();
        committeeStream.forEach(reviews::follow);
        return reviews;
    }

    /** Each review found with its opening, by id, with its copies in order. */
    Map<String, List<Copy>> reviews() {
        Map<String, List<Copy>> whole = new LinkedHashMap<>(reviews);
        whole.keySet().removeAll(orphans);
        return whole;
    }

    /** The ids of the reviews found without their opening first. */
    Set<String> orphans() {
        return orphans;
    }

    private void follow(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof ValidationReviewOpened opened && !reviews.containsKey(opened.reviewId())) {
            reviews.put(opened.reviewId(), new ArrayList<>(List.of(new Copy(message, underTheComposition(opened)))));
        } else if (payload instanceof ReviewEvent event) {
            List<Copy> copies = reviews.get(event.reviewId());
            if (copies == null) {
                orphans.add(event.reviewId());
            } else {
                copies.add(new Copy(message, event));
            }
            if (event instanceof ValidationReportPublished) {
                published.add(event.reviewId());
            }
        } else if (payload instanceof MembershipChanged change) {
            reviews.forEach((reviewId, copies) -> {
                if (!published.contains(reviewId)) {
                    copies.add(new Copy(message, new ReviewMembershipChanged(change.committeeId(), reviewId,
                            message.getSequenceNumber(), change.leavingUserId(), change.joining(), change.chairUserId(),
                            change.effectiveOn(), change.actor(), change.occurredAt())));
                }
            });
            seating = seating.after(change.leavingUserId(), change.joining(), change.chairUserId());
        } else if (payload instanceof CommitteeComposed composed) {
            seating = Seating.of(composed.members(), composed.chairUserId());
        }
        version = message.getSequenceNumber();
    }

    /** The opening as its review's stream holds it: with the composition it was opened under. */
    private ValidationReviewOpened underTheComposition(ValidationReviewOpened e) {
        return new ValidationReviewOpened(e.committeeId(), e.reviewId(), e.title(), e.reports(), e.questionSetId(),
                e.questionSetVersion(), e.questions(), seating.members(), seating.chairUserId(), version, e.actor(),
                e.occurredAt());
    }
}
