package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an observation from a held session, tagged with the capacity or quality culture it concerns. */
public record RecordObservation(@TargetAggregateIdentifier String dialogueId,
        String observationId,
        String sessionId,
        DialogueLens lens,
        String text,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
