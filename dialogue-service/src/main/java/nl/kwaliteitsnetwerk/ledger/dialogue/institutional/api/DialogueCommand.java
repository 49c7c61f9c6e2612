package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command on a dialogue that exists: who gives it, and the version of the dialogue they last saw (null
 * for whatever it is now). The dialogue compares that version itself, after it has decided that the one
 * acting may see it at all, so that a version never confirms a dialogue to one who may not see it.
 * Sealed, so that the table of which phase allows which command can be proven to name every one.
 */
public sealed interface DialogueCommand permits
        AppointDialogueCommittee,
        RecordQuestionnaire,
        ShareDocument,
        PlanSession,
        RecordObservation,
        DraftDialogueReport,
        ReactToDialogueReport,
        FinaliseDialogueReport,
        PublishDialogueReport,
        DialogueCommand.SessionCommand,
        DialogueCommand.ObservationCommand,
        DialogueCommand.RecommendationCommand,
        DialogueCommand.AgendaItemCommand {

    String dialogueId();

    Actor actor();

    Long expectedVersion();

    /** A command on one planned session of the dialogue, which handles it. */
    sealed interface SessionCommand extends DialogueCommand permits HoldSession {
        String sessionId();
    }

    /** A command on one recorded observation, which handles it. */
    sealed interface ObservationCommand extends DialogueCommand permits CorrectObservation, RetractObservation {
        String observationId();
    }

    /** The institution's decision on one recommendation of the final report, which handles it. */
    sealed interface RecommendationCommand extends DialogueCommand permits AdoptRecommendation, DeclineRecommendation {
        String recommendationId();
    }

    /** A command on one item of the development agenda, which handles it. */
    sealed interface AgendaItemCommand extends DialogueCommand permits RecordAgendaProgress, CompleteAgendaItem {
        String agendaItemId();
    }
}
