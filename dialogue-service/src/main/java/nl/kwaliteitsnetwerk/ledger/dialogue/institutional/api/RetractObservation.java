package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retracts an observation, with a reason. */
public record RetractObservation(@TargetAggregateIdentifier String dialogueId,
        String observationId,
        String reason,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.ObservationCommand {
}
