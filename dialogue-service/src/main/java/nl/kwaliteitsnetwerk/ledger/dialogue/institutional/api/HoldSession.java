package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a held session: who took part, counted per stakeholder group, and what was discussed. */
public record HoldSession(@TargetAggregateIdentifier String dialogueId,
        String sessionId,
        List<Participation> participants,
        String discussed,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.SessionCommand {
}
