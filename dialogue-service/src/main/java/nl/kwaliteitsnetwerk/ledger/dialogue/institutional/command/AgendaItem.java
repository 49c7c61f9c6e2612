package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.AgendaItemCompleted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.AgendaProgressRecorded;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.CompleteAgendaItem;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RecommendationAdopted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RecordAgendaProgress;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireText;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/** An item of the institution's development agenda: progress is recorded on it until it is completed, once. */
final class AgendaItem extends DialoguePart {

    @EntityId
    private final String agendaItemId;
    private boolean completed;

    AgendaItem(InstitutionalDialogue dialogue, RecommendationAdopted adopted) {
        super(dialogue);
        this.agendaItemId = adopted.agendaItemId();
    }

    @CommandHandler
    long handle(RecordAgendaProgress command, Clock clock) {
        requireOpen(command.actor(), "records progress on its development agenda", command.note(),
                "Progress needs a note of what was done.");
        return dialogue.record(new AgendaProgressRecorded(command.dialogueId(), agendaItemId, command.note(),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    long handle(CompleteAgendaItem command, Clock clock) {
        requireOpen(command.actor(), "completes items of its development agenda", command.evidence(),
                "Completing an item needs the evidence.");
        return dialogue.record(new AgendaItemCompleted(command.dialogueId(), agendaItemId, command.evidence(),
                command.actor(), clock.instant()));
    }

    /** The institution acts on its own agenda, on an item still open, and says what it did. */
    private void requireOpen(Actor actor, String what, String said, String unsaid) {
        dialogue.requireInstitution(actor, what);
        require(!completed, DialogueRule.AGENDA_ITEM_OPEN, "Agenda item " + agendaItemId + " is completed.");
        requireText(said, unsaid);
    }

    @EventSourcingHandler
    void on(AgendaItemCompleted event) {
        completed = true;
    }

    @Override
    List<Object> state() {
        return List.of(agendaItemId, completed);
    }
}
