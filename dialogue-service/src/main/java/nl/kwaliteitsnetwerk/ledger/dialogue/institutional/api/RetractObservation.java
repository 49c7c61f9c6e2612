package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retracts an observation, with a reason. */
public record RetractObservation(@TargetAggregateIdentifier String dialogueId,
        String observationId,
        String reason,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
