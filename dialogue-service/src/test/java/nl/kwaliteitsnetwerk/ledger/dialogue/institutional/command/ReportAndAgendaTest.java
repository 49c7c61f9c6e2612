package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;

/** Rules 6-7: draft, reaction, final report and publication; the development agenda that follows. */
class ReportAndAgendaTest extends DialogueRuleTest {

    private static final List<RecommendationDraft> DRAFTS = List.of(
            new RecommendationDraft(DialogueLens.PROFESSIONAL, "Leg de uitkomst van studentgesprekken per team vast."));
    private static final LocalDate DUE = LocalDate.parse("2027-12-01");

    @Test
    void theSecretaryDraftsConclusionsAndRecommendationsPerCapacity() {
        accepted(observed(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, SECRETARY, null),
                new DialogueReportDrafted(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS, SECRETARY, NOW));
    }

    @Test
    void aConclusionRestsOnObservations() {
        refused(observed(), new DraftDialogueReport(DIALOGUE, Map.of(DialogueLens.RESPONSIVE, "Wendbaar."), List.of(),
                SECRETARY, null), DialogueRule.CONCLUSION_NEEDS_OBSERVATION);
    }

    @Test
    void aRecommendationFollowsFromAConclusionOnItsCapacity() {
        refused(observed(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS,
                List.of(new RecommendationDraft(DialogueLens.QUALITY_CULTURE, "Spreek elkaar aan.")), SECRETARY, null),
                DialogueRule.RECOMMENDATION_NEEDS_CONCLUSION);
    }

    @Test
    void aReportWithoutConclusionsIsRefused() {
        refused(observed(), new DraftDialogueReport(DIALOGUE, Map.of(), DRAFTS, SECRETARY, null), DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void onlyTheChairOrSecretaryDraftsAndNotBeforeTheDialogue() {
        refused(observed(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, PEER, null),
                DialogueRule.ONLY_CHAIR_OR_SECRETARY);
        refused(committeeAppointed(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, SECRETARY, null),
                DialogueRule.WRONG_PHASE);
    }

    @Test
    void theInstitutionReactsToTheLatestDraft() {
        accepted(drafted(), new ReactToDialogueReport(DIALOGUE, "Herkenbaar.", draftDigest(), ROC, null),
                new InstitutionReactedToDraft(DIALOGUE, 1, "Herkenbaar.", draftDigest(), ROC, NOW));
        hidden(drafted(), new ReactToDialogueReport(DIALOGUE, "Niet de onze.", draftDigest(), OTHER_ROC, null));
        refusedNamingNobody(drafted(), new ReactToDialogueReport(DIALOGUE, "Namens hen.", draftDigest(), SECRETARY, null),
                DialogueRule.ONLY_INSTITUTION);
        refused(observed(), new ReactToDialogueReport(DIALOGUE, "Te vroeg.", draftDigest(), ROC, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void aRedraftAfterTheReactionIsTheNextRevisionAndAnswersTheReaction() {
        accepted(reacted(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, " " + ANSWER + " ", CHAIR, null),
                new DialogueReportDrafted(DIALOGUE, 2, CONCLUSIONS, RECOMMENDATIONS, new ReactionAnswer(1, ANSWER), CHAIR, NOW));
    }

    @Test
    void aRedraftThatDoesNotAnswerTheReactionIsRefused() {
        refused(reacted(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, CHAIR, null), DialogueRule.REACTION_ANSWERED);
        refused(reacted(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, "  ", CHAIR, null),
                DialogueRule.REACTION_ANSWERED);
    }

    @Test
    void aRedraftWithoutAReactionBeforeItAnswersNone() {
        accepted(drafted(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, CHAIR, null),
                new DialogueReportDrafted(DIALOGUE, 2, CONCLUSIONS, RECOMMENDATIONS, CHAIR, NOW));
        refused(drafted(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, ANSWER, CHAIR, null),
                DialogueRule.REACTION_TO_LATEST_DRAFT);
    }

    @Test
    void theChairFinalisesWithTheStakeholderMixAnsweringTheReaction() {
        accepted(reacted(), new FinaliseDialogueReport(DIALOGUE, ANSWER, draftDigest(), CHAIR, null),
                new DialogueReportFinalised(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS, mix(), new ReactionAnswer(1, ANSWER),
                        draftDigest(), CHAIR, NOW));
    }

    @Test
    void anApprovalCitesTheDigestOfTheDraftItApproves() {
        refused(drafted(), new ReactToDialogueReport(DIALOGUE, "Herkenbaar.", null, ROC, null),
                DialogueRule.APPROVED_DIGEST_REQUIRED);
        refused(drafted(), new ReactToDialogueReport(DIALOGUE, "Herkenbaar.", "0".repeat(64), ROC, null),
                DialogueRule.STALE_CONTENT);
        refused(reacted(), new FinaliseDialogueReport(DIALOGUE, ANSWER, " ", CHAIR, null),
                DialogueRule.APPROVED_DIGEST_REQUIRED);
        refused(reacted(), new FinaliseDialogueReport(DIALOGUE, ANSWER, "f".repeat(64), CHAIR, null),
                DialogueRule.STALE_CONTENT);
    }

    @Test
    void anApprovalOfAnEarlierDraftIsStaleOnceALaterDraftChangedTheContent() {
        List<Object> redrafted = DialogueFixtures.plus(reacted(), new DialogueReportDrafted(DIALOGUE, 2, CONCLUSIONS,
                RECOMMENDATIONS, new ReactionAnswer(1, ANSWER), CHAIR, NOW));
        refused(redrafted, new ReactToDialogueReport(DIALOGUE, "Nog steeds herkenbaar.", draftDigest(), ROC, null),
                DialogueRule.STALE_CONTENT);
        String second = DialogueReportDrafted.digestOf(DIALOGUE, 2, CONCLUSIONS, RECOMMENDATIONS,
                new ReactionAnswer(1, ANSWER));
        accepted(redrafted, new ReactToDialogueReport(DIALOGUE, "Nog steeds herkenbaar.", second, ROC, null),
                new InstitutionReactedToDraft(DIALOGUE, 2, "Nog steeds herkenbaar.", second, ROC, NOW));
    }

    @Test
    void aFinalReportThatDoesNotAnswerTheReactionIsRefused() {
        refused(reacted(), new FinaliseDialogueReport(DIALOGUE, null, draftDigest(), CHAIR, null), DialogueRule.REACTION_ANSWERED);
        refusedNamingNobody(reacted(), new FinaliseDialogueReport(DIALOGUE, "", draftDigest(), CHAIR, null), DialogueRule.REACTION_ANSWERED);
    }

    @Test
    void finalisingWaitsForTheInstitutionsReactionToTheLatestDraft() {
        refusedNamingNobody(drafted(), new FinaliseDialogueReport(DIALOGUE, ANSWER, draftDigest(), CHAIR, null),
                DialogueRule.REACTION_TO_LATEST_DRAFT);
        List<Object> redrafted = DialogueFixtures.plus(reacted(),
                new DialogueReportDrafted(DIALOGUE, 2, CONCLUSIONS, RECOMMENDATIONS, new ReactionAnswer(1, ANSWER), CHAIR, NOW));
        refused(redrafted, new FinaliseDialogueReport(DIALOGUE, ANSWER, draftDigest(), CHAIR, null), DialogueRule.REACTION_TO_LATEST_DRAFT);
    }

    @Test
    void onlyTheChairFinalises() {
        refused(reacted(), new FinaliseDialogueReport(DIALOGUE, ANSWER, draftDigest(), SECRETARY, null), DialogueRule.ONLY_CHAIR);
    }

    @Test
    void aFinalReportIsNotDraftedAgain() {
        refused(finalised(), new DraftDialogueReport(DIALOGUE, CONCLUSIONS, DRAFTS, SECRETARY, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void theChairMayPublishTheFinalReportOnce() {
        accepted(finalised(), new PublishDialogueReport(DIALOGUE, "Samenvatting.", CHAIR, null),
                new DialogueReportPublished(DIALOGUE, "Samenvatting.", CHAIR, NOW));
        refused(reacted(), new PublishDialogueReport(DIALOGUE, "Samenvatting.", CHAIR, null), DialogueRule.WRONG_PHASE);
        refused(published(), new PublishDialogueReport(DIALOGUE, "Nog eens.", CHAIR, null), DialogueRule.WRONG_PHASE);
        refused(finalised(), new PublishDialogueReport(DIALOGUE, " ", CHAIR, null), DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void anAdoptedRecommendationGoesOnTheAgendaWithOwnerAndDueDate() {
        accepted(finalised(), new AdoptRecommendation(DIALOGUE, "R1", "a-1", "Vastleggen per team", "directeur onderwijs",
                        DUE, ROC, null),
                new RecommendationAdopted(DIALOGUE, "R1", "a-1", "Vastleggen per team", "directeur onderwijs", DUE, ROC, NOW));
    }

    @Test
    void onlyRecommendationsOfTheFinalReportAreAdoptedAndEachOnce() {
        refused(finalised(), new AdoptRecommendation(DIALOGUE, "R7", "a-1", "x", "y", DUE, ROC, null),
                DialogueRule.UNKNOWN_RECOMMENDATION);
        refused(adopted(), new AdoptRecommendation(DIALOGUE, "R1", "a-2", "x", "y", DUE, ROC, null),
                DialogueRule.RECOMMENDATION_DECIDED_ONCE);
        refused(adopted(), new DeclineRecommendation(DIALOGUE, "R1", "toch niet", ROC, null),
                DialogueRule.RECOMMENDATION_DECIDED_ONCE);
        refused(reacted(), new AdoptRecommendation(DIALOGUE, "R1", "a-1", "x", "y", DUE, ROC, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void anAgendaItemHasAnOwnerAndADueDateAfterToday() {
        refused(finalised(), new AdoptRecommendation(DIALOGUE, "R1", "a-1", "x", " ", DUE, ROC, null), DialogueRule.REQUIRED_TEXT);
        refused(finalised(), new AdoptRecommendation(DIALOGUE, "R1", "a-1", "x", "y", LocalDate.parse("2027-05-10"), ROC, null),
                DialogueRule.DUE_DATE_IN_FUTURE);
        hidden(finalised(), new AdoptRecommendation(DIALOGUE, "R1", "a-1", "x", "y", DUE, OTHER_ROC, null));
    }

    @Test
    void onceThePublicMaySeeTheDialogueAnotherInstitutionIsRefusedByTheRule() {
        refusedNamingNobody(published(), new AdoptRecommendation(DIALOGUE, "R1", "a-1", "x", "y", DUE, OTHER_ROC, null),
                DialogueRule.ONLY_INSTITUTION);
        refusedNamingNobody(adopted(), new CompleteAgendaItem(DIALOGUE, "a-1", "bewijs", OTHER_ROC, null),
                DialogueRule.ONLY_INSTITUTION);
    }

    @Test
    void theValidationCommitteeSeesAFinalReportButDoesNotActOnIt() {
        refused(finalised(), new PublishDialogueReport(DIALOGUE, "Samenvatting.", VALIDATION_COMMITTEE, null),
                DialogueRule.ONLY_CHAIR);
        hidden(reacted(), new PublishDialogueReport(DIALOGUE, "Samenvatting.", VALIDATION_COMMITTEE, null));
    }

    @Test
    void theNetworkSeesThePlanningDataButDoesNotReactForTheInstitution() {
        refused(drafted(), new ReactToDialogueReport(DIALOGUE, "Namens hen.", draftDigest(), ADMIN, null), DialogueRule.ONLY_INSTITUTION);
    }

    @Test
    void aDeclinedRecommendationSaysWhy() {
        accepted(finalised(), new DeclineRecommendation(DIALOGUE, "R1", "Past niet in onze koers", ROC, null),
                new RecommendationDeclined(DIALOGUE, "R1", "Past niet in onze koers", ROC, NOW));
        refused(finalised(), new DeclineRecommendation(DIALOGUE, "R1", "", ROC, null), DialogueRule.REASON_REQUIRED);
    }

    @Test
    void progressAndCompletionAreEventsOfTheInstitution() {
        accepted(adopted(), new RecordAgendaProgress(DIALOGUE, "a-1", "Format gemaakt", ROC, null),
                new AgendaProgressRecorded(DIALOGUE, "a-1", "Format gemaakt", ROC, NOW));
        accepted(adopted(), new CompleteAgendaItem(DIALOGUE, "a-1", "Verslagen van alle teams", ROC, null),
                new AgendaItemCompleted(DIALOGUE, "a-1", "Verslagen van alle teams", ROC, NOW));
        refused(adopted(), new CompleteAgendaItem(DIALOGUE, "a-1", " ", ROC, null), DialogueRule.REQUIRED_TEXT);
        refused(adopted(), new RecordAgendaProgress(DIALOGUE, "a-9", "x", ROC, null), DialogueRule.UNKNOWN_AGENDA_ITEM);
        refused(adopted(), new RecordAgendaProgress(DIALOGUE, "a-1", "x", CHAIR, null), DialogueRule.ONLY_INSTITUTION);
    }

    @Test
    void aCompletedItemStaysCompleted() {
        List<Object> completed = DialogueFixtures.plus(adopted(), new AgendaItemCompleted(DIALOGUE, "a-1", "bewijs", ROC, NOW));
        refused(completed, new CompleteAgendaItem(DIALOGUE, "a-1", "nog eens", ROC, null), DialogueRule.AGENDA_ITEM_OPEN);
        refused(completed, new RecordAgendaProgress(DIALOGUE, "a-1", "nog eens", ROC, null), DialogueRule.AGENDA_ITEM_OPEN);
    }
}
