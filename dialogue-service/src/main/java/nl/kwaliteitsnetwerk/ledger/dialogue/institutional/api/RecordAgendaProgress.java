package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution records progress on an item of its development agenda. */
public record RecordAgendaProgress(@TargetAggregateIdentifier String dialogueId,
        String agendaItemId,
        String note,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.AgendaItemCommand {
}
