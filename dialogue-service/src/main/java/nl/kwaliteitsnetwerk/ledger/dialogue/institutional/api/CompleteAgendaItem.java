package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution completes an item of its development agenda, with evidence. */
public record CompleteAgendaItem(@TargetAggregateIdentifier String dialogueId,
        String agendaItemId,
        String evidence,
        Actor actor,
        Long expectedVersion) implements DialogueCommand.AgendaItemCommand {
}
