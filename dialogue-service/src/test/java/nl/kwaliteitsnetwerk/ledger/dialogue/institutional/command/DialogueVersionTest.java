package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import org.junit.jupiter.api.Test;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;

/**
 * A command acts only on the version of the dialogue its sender saw, compared by the dialogue itself once it
 * has decided the sender may see it: another institution learns no version, and one behind or ahead is stale.
 */
class DialogueVersionTest extends ExpectedVersionRuleTest<InstitutionalDialogue> {

    /** Administrators see the planning data of a dialogue in progress, so the version is what refuses them here. */
    DialogueVersionTest() {
        super(DialogueFixtures.fixture(DialogueFixtures.clock()), InstitutionalDialogue.class,
                new Stage(observed(), ADMIN, OTHER_ROC, command -> ((DialogueCommand) command).dialogueId()),
                (who, version) -> new AppointDialogueCommittee(DIALOGUE, null, null, null, who, version),
                (who, version) -> new RecordQuestionnaire(DIALOGUE, null, null, 0, null, who, version),
                (who, version) -> new ShareDocument(DIALOGUE, null, null, null, who, version),
                (who, version) -> new PlanSession(DIALOGUE, null, null, null, who, version),
                (who, version) -> new HoldSession(DIALOGUE, null, null, null, who, version),
                (who, version) -> new RecordObservation(DIALOGUE, null, null, null, null, who, version),
                (who, version) -> new CorrectObservation(DIALOGUE, null, null, null, null, who, version),
                (who, version) -> new RetractObservation(DIALOGUE, null, null, who, version),
                (who, version) -> new DraftDialogueReport(DIALOGUE, null, null, who, version),
                (who, version) -> new ReactToDialogueReport(DIALOGUE, null, draftDigest(), who, version),
                (who, version) -> new FinaliseDialogueReport(DIALOGUE, ANSWER, draftDigest(), who, version),
                (who, version) -> new PublishDialogueReport(DIALOGUE, null, who, version),
                (who, version) -> new AdoptRecommendation(DIALOGUE, null, null, null, null, null, who, version),
                (who, version) -> new DeclineRecommendation(DIALOGUE, null, null, who, version),
                (who, version) -> new RecordAgendaProgress(DIALOGUE, null, null, who, version),
                (who, version) -> new CompleteAgendaItem(DIALOGUE, null, null, who, version));
    }

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        accepted(observed(), new PlanSession(DIALOGUE, "s-2", PLANNED, "Werkveld aan het woord", SECRETARY, current()),
                new SessionPlanned(DIALOGUE, "s-2", PLANNED, "Werkveld aan het woord", SECRETARY, NOW));
    }
}
