package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plans a dialogue session. */
public record PlanSession(@TargetAggregateIdentifier String dialogueId,
        String sessionId,
        LocalDate date,
        String topic,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
