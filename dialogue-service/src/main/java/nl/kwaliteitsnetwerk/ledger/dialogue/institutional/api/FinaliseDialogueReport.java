package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The chair finalises the latest draft, after the institution has reacted to it, answering that reaction and citing
 * the draft's digest ({@code approvedDigest}).
 */
public record FinaliseDialogueReport(@TargetAggregateIdentifier String dialogueId,
        String reactionAnswer,
        String approvedDigest,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
