package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.CorrectObservation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.ObservationCorrected;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.ObservationRecorded;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.ObservationRetracted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RetractObservation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireReason;
import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireText;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * An observation of the committee on one capacity (or quality culture): corrected by a new revision with its
 * reason, or retracted with one, never overwritten. Whether a drafted conclusion keeps it is the dialogue's rule.
 */
final class Observation extends DialoguePart {

    @EntityId
    private final String observationId;
    private DialogueLens lens;
    private int revision;
    private boolean retracted;

    Observation(InstitutionalDialogue dialogue, ObservationRecorded recorded) {
        super(dialogue);
        this.observationId = recorded.observationId();
        this.lens = recorded.lens();
    }

    @CommandHandler
    long handle(CorrectObservation command, Clock clock) {
        dialogue.requireCommittee(command.actor(), "correct observations");
        requireLive();
        requireReason(command.reason(), "A correction says why.");
        require(command.lens() != null, DialogueRule.REQUIRED_TEXT, "Say which capacity, or quality culture, it concerns.");
        requireText(command.text(), "An observation needs its text.");
        if (lens != command.lens()) {
            dialogue.requireConclusionKeepsAnObservation(lens, "moving it to " + command.lens());
        }
        return dialogue.record(new ObservationCorrected(command.dialogueId(), observationId, revision + 1,
                command.lens(), command.text(), command.reason(), command.actor(), clock.instant()));
    }

    @CommandHandler
    long handle(RetractObservation command, Clock clock) {
        dialogue.requireCommittee(command.actor(), "retract observations");
        requireLive();
        requireReason(command.reason(), "A retraction says why.");
        dialogue.requireConclusionKeepsAnObservation(lens, "retracting it");
        return dialogue.record(new ObservationRetracted(command.dialogueId(), observationId, command.reason(),
                command.actor(), clock.instant()));
    }

    private void requireLive() {
        require(!retracted, DialogueRule.OBSERVATION_RETRACTED, "Observation " + observationId + " was retracted.");
    }

    /** Whether it still supports what is concluded on {@code capacity}. */
    boolean liveOn(DialogueLens capacity) {
        return !retracted && lens == capacity;
    }

    @EventSourcingHandler
    void on(ObservationCorrected event) {
        lens = event.lens();
        revision = event.revision();
    }

    @EventSourcingHandler
    void on(ObservationRetracted event) {
        retracted = true;
    }

    @Override
    List<Object> state() {
        return Arrays.asList(observationId, lens, revision, retracted);
    }
}
