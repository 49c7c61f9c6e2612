package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution shares a document with the committee to prepare the dialogue. */
public record ShareDocument(@TargetAggregateIdentifier String dialogueId,
        String preparationId,
        String title,
        String reference,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
