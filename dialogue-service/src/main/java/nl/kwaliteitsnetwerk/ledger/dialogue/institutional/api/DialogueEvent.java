package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/** Every fact about an institutional dialogue says which dialogue, who did it in which role, and when. */
public sealed interface DialogueEvent permits
        DialogueOpened,
        DialogueCommitteeAppointed,
        QuestionnaireRecorded,
        DocumentShared,
        SessionPlanned,
        SessionHeld,
        ObservationRecorded,
        ObservationCorrected,
        ObservationRetracted,
        DialogueReportDrafted,
        InstitutionReactedToDraft,
        DialogueReportFinalised,
        DialogueReportPublished,
        RecommendationAdopted,
        RecommendationDeclined,
        AgendaProgressRecorded,
        AgendaItemCompleted {

    String dialogueId();

    Actor actor();

    Instant occurredAt();
}
