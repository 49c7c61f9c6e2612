package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.HoldSession;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.SessionHeld;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.SessionPlanned;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireCounted;
import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireText;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/** A planned session of a dialogue: held once, with who took part counted per stakeholder group. */
final class Session extends DialoguePart {

    @EntityId
    private final String sessionId;
    private List<Participation> participants;

    Session(InstitutionalDialogue dialogue, SessionPlanned planned) {
        super(dialogue);
        this.sessionId = planned.sessionId();
    }

    @CommandHandler
    long handle(HoldSession command, Clock clock) {
        dialogue.requireChairOrSecretary(command.actor(), "record sessions");
        require(!held(), DialogueRule.SESSION_HELD_ONCE, "Session " + sessionId + " was recorded as held already.");
        requireCounted(command.participants());
        requireText(command.discussed(), "A session records what was discussed.");
        return dialogue.record(new SessionHeld(command.dialogueId(), sessionId, List.copyOf(command.participants()),
                command.discussed(), command.actor(), clock.instant()));
    }

    @EventSourcingHandler
    void on(SessionHeld event) {
        participants = event.participants();
    }

    boolean held() {
        return participants != null;
    }

    List<Participation> participants() {
        return participants;
    }

    @Override
    List<Object> state() {
        return Arrays.asList(sessionId, participants);
    }
}
