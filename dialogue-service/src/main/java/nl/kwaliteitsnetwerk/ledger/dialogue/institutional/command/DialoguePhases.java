package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus.*;

/**
 * Which commands each phase of a dialogue allows: the one table, checked by the dialogue before any handler
 * runs (and read by {@code DialoguePhasesTest}, which proves it names every command and that every other
 * phase refuses it). A handler holds no phase check of its own.
 */
public final class DialoguePhases {

    private static final Set<DialogueStatus> PREPARING = EnumSet.of(COMMITTEE_APPOINTED, IN_DIALOGUE);
    private static final Set<DialogueStatus> BEFORE_FINAL = EnumSet.of(IN_DIALOGUE, REPORT_DRAFTED, INSTITUTION_REACTED);
    private static final Set<DialogueStatus> FINAL = EnumSet.of(FINALISED, PUBLISHED);

    /** What a command does, as a refusal names it, and the phases that allow it. */
    record Phases(String what, Set<DialogueStatus> allowed) {
    }

    private static final Map<Class<? extends DialogueCommand>, Phases> TABLE = Map.ofEntries(
            entry(AppointDialogueCommittee.class, new Phases("appoint the committee", EnumSet.of(OPENED, COMMITTEE_APPOINTED))),
            entry(RecordQuestionnaire.class, new Phases("record preparation", PREPARING)),
            entry(ShareDocument.class, new Phases("share a document", PREPARING)),
            entry(PlanSession.class, new Phases("plan a session", PREPARING)),
            entry(HoldSession.class, new Phases("record a session", PREPARING)),
            entry(RecordObservation.class, new Phases("record an observation", EnumSet.of(IN_DIALOGUE))),
            entry(CorrectObservation.class, new Phases("correct an observation", BEFORE_FINAL)),
            entry(RetractObservation.class, new Phases("retract an observation", BEFORE_FINAL)),
            entry(DraftDialogueReport.class, new Phases("draft the report", BEFORE_FINAL)),
            entry(ReactToDialogueReport.class, new Phases("react to the report", EnumSet.of(REPORT_DRAFTED))),
            // a draft without a reaction is refused by its own rule (REACTION_TO_LATEST_DRAFT), not as a phase
            entry(FinaliseDialogueReport.class, new Phases("finalise the report", EnumSet.of(REPORT_DRAFTED, INSTITUTION_REACTED))),
            entry(PublishDialogueReport.class, new Phases("publish the report", EnumSet.of(FINALISED))),
            entry(AdoptRecommendation.class, new Phases("adopt a recommendation", FINAL)),
            entry(DeclineRecommendation.class, new Phases("decline a recommendation", FINAL)),
            entry(RecordAgendaProgress.class, new Phases("record progress on the agenda", FINAL)),
            entry(CompleteAgendaItem.class, new Phases("complete an agenda item", FINAL)));

    private DialoguePhases() {
    }

    /** The phases that allow commands of {@code type}; empty for a type the table does not name. */
    static Set<DialogueStatus> allowing(Class<?> type) {
        Phases phases = TABLE.get(type);
        return phases == null ? Set.of() : Set.copyOf(phases.allowed());
    }

    static void require(DialogueCommand command, DialogueStatus status) {
        Phases phases = TABLE.get(command.getClass());
        if (phases == null) {
            throw new IllegalStateException("the phase table names no " + command.getClass().getSimpleName());
        }
        Rules.requirePhase(phases.allowed(), status, phases.what(), "dialogue");
    }
}
