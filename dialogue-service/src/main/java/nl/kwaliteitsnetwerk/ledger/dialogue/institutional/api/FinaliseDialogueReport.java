package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair finalises the latest draft, after the institution has reacted to it, answering that reaction. */
public record FinaliseDialogueReport(@TargetAggregateIdentifier String dialogueId,
        String reactionAnswer,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
