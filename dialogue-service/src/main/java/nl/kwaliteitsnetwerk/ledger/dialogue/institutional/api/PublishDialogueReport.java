package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes the final report with a public summary. */
public record PublishDialogueReport(@TargetAggregateIdentifier String dialogueId,
        String summary,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
