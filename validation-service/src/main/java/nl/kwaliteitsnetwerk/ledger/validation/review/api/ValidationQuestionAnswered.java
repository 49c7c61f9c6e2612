package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.serialization.Revision;

/**
 * A member answered a validation question for a report; a revision points at the answer it revises.
 * {@code approvedDigest} is the content digest of the report version the answer was given on (the report's current
 * one then); it goes stale when a later version (an erratum) replaces it. Revision 2; revision 1 had no digest
 * (read with none, ReviewEventUpcaster). An answer without a digest (stored before digests, or given while its report
 * stated none) was given on a version that stated none: it is stale once its report states one (ApprovedVersion).
 */
@Revision("2")
public record ValidationQuestionAnswered(String committeeId,
        String reviewId,
        String answerId,
        String reportId,
        String questionId,
        Answer answer,
        String reasoning,
        String revises,
        String revisionReason,
        String approvedDigest,
        Actor actor,
        Instant occurredAt) implements ReviewEvent {
}
