package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.serialization.Revision;

/**
 * The chair concluded the review: the validation report is {@code content}, whose digest is {@code reportDigest}
 * (ValidationReportContent#digest: what is hashed is exactly what is stored here). Revision 2; revision 1 had
 * neither (read with none, ReviewEventUpcaster): a board reaction to such a review cites no digest.
 */
@Revision("2")
public record ValidationReviewConcluded(String committeeId,
        String reviewId,
        String conclusion,
        ValidationReportContent content,
        String reportDigest,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
