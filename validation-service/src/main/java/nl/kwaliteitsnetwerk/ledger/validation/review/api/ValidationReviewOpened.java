package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A validation review was opened, with the questions of its question set as they read, under the committee's
 * composition as it stood at {@code committeeVersion} (its members and chair). Revision 3; revision 1, stored in
 * the committee's stream before reviews had their own, had no composition, revision 2 one institution per report
 * (ReviewEventUpcaster).
 */
@Revision("3")
public record ValidationReviewOpened(String committeeId,
        String reviewId,
        String title,
        List<ReportUnderReview> reports,
        String questionSetId,
        String questionSetVersion,
        List<ValidationQuestion> questions,
        List<CommitteeMember> members,
        String chairUserId,
        Long committeeVersion,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
