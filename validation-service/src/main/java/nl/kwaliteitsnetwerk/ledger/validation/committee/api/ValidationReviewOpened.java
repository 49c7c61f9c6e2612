package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A validation review was opened, with the questions of its question set as they read. */
public record ValidationReviewOpened(String committeeId,
        String reviewId,
        String title,
        List<ReportUnderReview> reports,
        String questionSetId,
        String questionSetVersion,
        List<ValidationQuestion> questions,
        Actor actor,
        Instant occurredAt) implements CommitteeEvent {
}
