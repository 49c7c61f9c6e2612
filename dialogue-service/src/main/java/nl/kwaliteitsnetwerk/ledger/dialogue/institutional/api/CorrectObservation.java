package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects an observation: a new version with a reason; the old one stays in the trail. */
public record CorrectObservation(@TargetAggregateIdentifier String dialogueId,
        String observationId,
        DialogueLens lens,
        String text,
        String reason,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.ObservationCommand {
}
