package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member answers one validation question for one report, with reasoning; answering again revises, with a reason.
 * {@code approvedDigest} is the content digest of the report version the member read: it must be the current one.
 */
public record AnswerValidationQuestion(@TargetAggregateIdentifier String reviewId,
        String reportId,
        String questionId,
        Answer answer,
        String reasoning,
        String revisionReason,
        String approvedDigest,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
