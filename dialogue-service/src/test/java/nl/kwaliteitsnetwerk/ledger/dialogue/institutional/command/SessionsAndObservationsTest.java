package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;

/** Rules 4-5: sessions that count who took part, and observations that are corrected, never overwritten. */
class SessionsAndObservationsTest extends DialogueRuleTest {

    private static final String DISCUSSED = "Hoe teams studenten horen en wat ze met de uitkomst doen";

    @Test
    void theSecretaryPlansASession() {
        accepted(committeeAppointed(), new PlanSession(DIALOGUE, "s-1", PLANNED, "Studenten aan het woord", SECRETARY, null),
                new SessionPlanned(DIALOGUE, "s-1", PLANNED, "Studenten aan het woord", SECRETARY, NOW));
    }

    @Test
    void onlyTheChairOrSecretaryPlansSessions() {
        refused(committeeAppointed(), new PlanSession(DIALOGUE, "s-1", PLANNED, "Studenten", PEER, null),
                DialogueRule.ONLY_CHAIR_OR_SECRETARY);
    }

    @Test
    void sessionsWaitForTheCommittee() {
        refused(opened(), new PlanSession(DIALOGUE, "s-1", PLANNED, "Studenten", ROC, null), DialogueRule.WRONG_PHASE);
        hidden(opened(), new PlanSession(DIALOGUE, "s-1", PLANNED, "Studenten", SECRETARY, null));
    }

    @Test
    void aHeldSessionCountsItsParticipantsPerGroupAndSaysWhatWasDiscussed() {
        accepted(sessionPlanned(), new HoldSession(DIALOGUE, "s-1", SESSION_PARTICIPANTS, DISCUSSED, SECRETARY, null),
                new SessionHeld(DIALOGUE, "s-1", SESSION_PARTICIPANTS, DISCUSSED, SECRETARY, NOW));
    }

    @Test
    void aSessionThatWasNotPlannedCannotBeHeld() {
        refused(sessionPlanned(), new HoldSession(DIALOGUE, "s-9", SESSION_PARTICIPANTS, DISCUSSED, SECRETARY, null),
                DialogueRule.UNKNOWN_SESSION);
    }

    @Test
    void aSessionIsHeldOnce() {
        refused(inDialogue(), new HoldSession(DIALOGUE, "s-1", SESSION_PARTICIPANTS, DISCUSSED, SECRETARY, null),
                DialogueRule.SESSION_HELD_ONCE);
    }

    @Test
    void aSessionWithoutCountedParticipantsIsRefused() {
        refused(sessionPlanned(), new HoldSession(DIALOGUE, "s-1", List.of(), DISCUSSED, SECRETARY, null),
                DialogueRule.PARTICIPANTS_COUNTED);
        refused(sessionPlanned(), new HoldSession(DIALOGUE, "s-1",
                        List.of(new Participation(StakeholderCategory.STUDENTS, 0, ParticipationMode.CONSULTED)),
                        DISCUSSED, SECRETARY, null), DialogueRule.PARTICIPANTS_COUNTED);
        refused(sessionPlanned(), new HoldSession(DIALOGUE, "s-1",
                        List.of(new Participation(StakeholderCategory.STUDENTS, 3, null)),
                        DISCUSSED, SECRETARY, null), DialogueRule.PARTICIPANTS_COUNTED);
    }

    @Test
    void aGroupIsCountedOncePerModeInASession() {
        refused(sessionPlanned(), new HoldSession(DIALOGUE, "s-1", List.of(
                        new Participation(StakeholderCategory.STUDENTS, 3, ParticipationMode.CONSULTED),
                        new Participation(StakeholderCategory.STUDENTS, 2, ParticipationMode.CONSULTED)),
                DISCUSSED, SECRETARY, null), DialogueRule.PARTICIPANTS_COUNTED);
    }

    @Test
    void theStudentCouncilJudgesWhileOtherStudentsAreHeardInOneSession() {
        List<Participation> councilAndOthers = List.of(
                new Participation(StakeholderCategory.STUDENTS, 4, ParticipationMode.ASSESSING),
                new Participation(StakeholderCategory.STUDENTS, 12, ParticipationMode.CONSULTED),
                new Participation(StakeholderCategory.TEACHERS, 5, ParticipationMode.CONSULTED));
        accepted(sessionPlanned(), new HoldSession(DIALOGUE, "s-1", councilAndOthers, DISCUSSED, SECRETARY, null),
                new SessionHeld(DIALOGUE, "s-1", councilAndOthers, DISCUSSED, SECRETARY, NOW));
    }

    @Test
    void aSessionSaysWhatWasDiscussed() {
        refused(sessionPlanned(), new HoldSession(DIALOGUE, "s-1", SESSION_PARTICIPANTS, "", SECRETARY, null),
                DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void aCommitteeMemberRecordsAnObservationFromAHeldSession() {
        accepted(inDialogue(), new RecordObservation(DIALOGUE, "o-1", "s-1", DialogueLens.ORGANISING, "Roosters knellen.", PEER, null),
                new ObservationRecorded(DIALOGUE, "o-1", "s-1", DialogueLens.ORGANISING, "Roosters knellen.", PEER, NOW));
    }

    @Test
    void anObservationComesFromAHeldSession() {
        List<Object> secondPlanned = DialogueFixtures.plus(inDialogue(),
                new SessionPlanned(DIALOGUE, "s-2", PLANNED, "Werkveld", SECRETARY, NOW));
        refused(secondPlanned, new RecordObservation(DIALOGUE, "o-1", "s-2", DialogueLens.ORGANISING, "x", PEER, null),
                DialogueRule.SESSION_NOT_HELD);
    }

    @Test
    void observationsWaitForTheFirstSession() {
        refused(sessionPlanned(), new RecordObservation(DIALOGUE, "o-1", "s-1", DialogueLens.ORGANISING, "x", PEER, null),
                DialogueRule.WRONG_PHASE);
    }

    @Test
    void onlyTheCommitteeObserves() {
        refusedNamingNobody(inDialogue(), new RecordObservation(DIALOGUE, "o-1", "s-1", DialogueLens.ORGANISING, "x", ROC,
                null), DialogueRule.ONLY_COMMITTEE);
        hidden(inDialogue(), new RecordObservation(DIALOGUE, "o-1", "s-1", DialogueLens.ORGANISING, "x", OUTSIDER, null));
        refusedNamingNobody(inDialogue(), new RecordObservation(DIALOGUE, "o-1", "s-1", DialogueLens.ORGANISING, "x",
                ADMIN, null), DialogueRule.ONLY_COMMITTEE);
        // once published everyone reads it, so an outsider is refused (the phase comes first), not told it is unknown
        refusedNamingNobody(published(), new RecordObservation(DIALOGUE, "o-9", "s-1", DialogueLens.ORGANISING, "x",
                OUTSIDER, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void anObservationSaysWhatItConcerns() {
        refused(inDialogue(), new RecordObservation(DIALOGUE, "o-1", "s-1", null, "x", PEER, null), DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void aCorrectionIsANewVersionWithItsReason() {
        accepted(observed(), new CorrectObservation(DIALOGUE, "o-1", DialogueLens.PROFESSIONAL, "Elke periode.", "Nauwkeuriger",
                        PEER, null),
                new ObservationCorrected(DIALOGUE, "o-1", 1, DialogueLens.PROFESSIONAL, "Elke periode.", "Nauwkeuriger", PEER, NOW));
    }

    @Test
    void aCorrectionWithoutReasonIsRefused() {
        refused(observed(), new CorrectObservation(DIALOGUE, "o-1", DialogueLens.PROFESSIONAL, "x", " ", PEER, null),
                DialogueRule.REASON_REQUIRED);
    }

    @Test
    void anUnknownObservationCannotBeCorrected() {
        refused(observed(), new CorrectObservation(DIALOGUE, "o-9", DialogueLens.PROFESSIONAL, "x", "y", PEER, null),
                DialogueRule.UNKNOWN_OBSERVATION);
    }

    @Test
    void aRetractionSaysWhyAndIsFinal() {
        accepted(observed(), new RetractObservation(DIALOGUE, "o-2", "Berust op één uitspraak", CHAIR, null),
                new ObservationRetracted(DIALOGUE, "o-2", "Berust op één uitspraak", CHAIR, NOW));
        refused(observed(), new RetractObservation(DIALOGUE, "o-2", "", CHAIR, null), DialogueRule.REASON_REQUIRED);
        List<Object> retracted = DialogueFixtures.plus(observed(), new ObservationRetracted(DIALOGUE, "o-2", "r", CHAIR, NOW));
        refused(retracted, new CorrectObservation(DIALOGUE, "o-2", DialogueLens.QUALITY_CULTURE, "x", "y", CHAIR, null),
                DialogueRule.OBSERVATION_RETRACTED);
    }

    @Test
    void theOnlyObservationUnderADraftedConclusionCannotBeRetractedOrMoved() {
        refused(drafted(), new RetractObservation(DIALOGUE, "o-1", "toch niet", PEER, null),
                DialogueRule.CONCLUSION_STAYS_SUBSTANTIATED);
        refused(drafted(), new CorrectObservation(DIALOGUE, "o-1", DialogueLens.EDUCATION, "x", "andere lens", PEER, null),
                DialogueRule.CONCLUSION_STAYS_SUBSTANTIATED);
        accepted(drafted(), new RetractObservation(DIALOGUE, "o-2", "geen conclusie op", PEER, null),
                new ObservationRetracted(DIALOGUE, "o-2", "geen conclusie op", PEER, NOW));
    }

    @Test
    void observationsDoNotChangeAfterTheReportIsFinal() {
        refused(finalised(), new RetractObservation(DIALOGUE, "o-2", "te laat", PEER, null), DialogueRule.WRONG_PHASE);
    }
}
