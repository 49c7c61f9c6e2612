package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member answers one validation question for one report, with reasoning; answering again revises, with a reason. */
public record AnswerValidationQuestion(@TargetAggregateIdentifier String reviewId,
        String reportId,
        String questionId,
        Answer answer,
        String reasoning,
        String revisionReason,
        Actor actor,
        Long expectedVersion) implements ReviewCommand {
}
