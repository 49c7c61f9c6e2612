package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.AggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRule;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command.PanelReviewFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Panel review: an independent external panel judges the four standards on the institution's self-evaluations. */
class PanelReviewTest extends AggregateRuleTest<PanelReview> {

    PanelReviewTest() {
        super(PanelReviewFixtures.fixture(new MutableClock(NOW)));
    }

    /** Refused as the review's readers would be: as if no review had this id, and nothing recorded. */
    private void hidden(List<Object> history, Object command) {
        refused(history, command, CommonErrors.NOT_FOUND).expectExceptionMessage(RuleViolation.notFound(REVIEW).getMessage());
    }

    @Test
    void aPanelReviewIsScheduledOnAVersionOfTheReferenceValuesModel() {
        fixture.givenNoPriorActivity()
                .when(new SchedulePanelReview(REVIEW, BM_SERVICES, MODEL, PLANNED, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PanelReviewScheduled(REVIEW, BM_SERVICES, MODEL, PLANNED, ADMIN, NOW));
    }

    @Test
    void aPanelReviewOfAnInstitutionTheRegisterDoesNotKnowIsRefused() {
        refused(List.of(), new SchedulePanelReview(REVIEW, new InstitutionRef("99ZZ", 99999, "ROC Nergens"), MODEL, PLANNED,
                ADMIN), InstitutionRule.UNKNOWN_INSTITUTION);
        refused(List.of(), new SchedulePanelReview(REVIEW, ROC_VOORBEELD, MODEL, PLANNED, ADMIN),
                InstitutionRule.INSTITUTION_MISMATCH);
    }

    @Test
    void aPanelReviewNamedByAnotherNameOfTheInstitutionRecordsTheRegistersName() {
        fixture.givenNoPriorActivity()
                .when(new SchedulePanelReview(REVIEW, new InstitutionRef("29wt", 21274, "BM-Services"), MODEL, PLANNED, ADMIN))
                .expectEvents(new PanelReviewScheduled(REVIEW, BM_SERVICES, MODEL, PLANNED, ADMIN, NOW));
    }

    @Test
    void aPanelMemberWhoWorksForTheInstitutionByItsNameOnlyIsRefused() {
        Assessor insider = new Assessor("insider", "Ian Insider", "Business Marketing Services B.V.", null,
                AssessorType.STAKEHOLDER, StakeholderCategory.EMPLOYERS);
        refused(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON, insider), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
        Assessor spelledOtherwise = new Assessor("insider", "Ian Insider", "business marketing services bv", null,
                AssessorType.INDEPENDENT_EXPERT, null);
        refused(scheduled(), new ComposePanel(REVIEW, spelledOtherwise, List.of(EMPLOYER_PERSON), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void aPanelMemberWhoseAffiliationContradictsTheRegisterIsRefused() {
        Assessor contradicted = new Assessor("expert2", "Eva Expert", "Business Marketing Services B.V.", "25LH",
                AssessorType.INDEPENDENT_EXPERT, null);
        refused(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON, contradicted), ADMIN, null),
                InstitutionRule.AFFILIATION_CONFLICT);
    }

    @Test
    void theInstitutionAPanelMemberWorksForIsRecordedAsTheRegisterResolvesIt() {
        Assessor fromElsewhere = new Assessor("expert2", "Eva Expert", "ROC Elders", null, AssessorType.INDEPENDENT_EXPERT, null);
        accepted(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON, fromElsewhere), ADMIN, null),
                new PanelComposed(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON, new Assessor("expert2", "Eva Expert",
                        "ROC Elders", null, AssessorType.INDEPENDENT_EXPERT, null, "25LH")), ADMIN, NOW));
    }

    @Test
    void anotherFrameworkOrAnUnknownVersionIsRefused() {
        refused(List.of(), new SchedulePanelReview(REVIEW, BM_SERVICES, new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013"),
                        PLANNED, ADMIN), DialogueRule.UNKNOWN_FRAMEWORK);
        refused(List.of(), new SchedulePanelReview(REVIEW, BM_SERVICES, new FrameworkRef("referentiewaardenmodel-mbo", "2030"),
                        PLANNED, ADMIN), DialogueRule.UNKNOWN_FRAMEWORK);
    }

    @Test
    void theExternalPanelHasAnExpertAndAStakeholder() {
        accepted(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON), ADMIN, null),
                composed().get(1));
        Assessor secondExpert = new Assessor("expert2", "Eva Expert", "Universiteit", null, AssessorType.INDEPENDENT_EXPERT, null);
        refused(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(secondExpert), ADMIN, null),
                DialogueRule.PANEL_COMPOSITION);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 29WT ", "29wt", "\uFF12\uFF19\uFF37\uFF34"})
    void aPanelMemberWhoWorksForTheInstitutionIsRefusedUnderAnySpellingOfItsCode(String spelling) {
        Assessor insider = new Assessor("teacher", "Tom Docent", "ROC Voorbeeld", spelling, AssessorType.STAKEHOLDER,
                StakeholderCategory.TEACHERS);
        refused(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON, insider), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void aPanelMemberWhoWorksForTheInstitutionIsRefused() {
        Assessor insider = new Assessor("teacher", "Tom Docent", "ROC Voorbeeld", "29WT", AssessorType.STAKEHOLDER,
                StakeholderCategory.TEACHERS);
        refused(scheduled(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON, insider), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void thePanelIsRecomposedOnlyBeforeItsFirstJudgement() {
        accepted(selfEvaluated(), new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON), ADMIN, null),
                new PanelComposed(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON), ADMIN, NOW));
        refused(PanelReviewFixtures.plus(selfEvaluated(), judged(1, "BEGELEIDING")),
                new ComposePanel(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON), ADMIN, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void theInstitutionSubmitsASelfEvaluationWithMeasurableAndNoticeableOutcomes() {
        accepted(composed(), new SubmitSelfEvaluation(REVIEW, "se-1", EvaluationLevel.TEAM, "Team Zorg", "BEGELEIDING",
                        "Tevredenheid 7,8; uitval 6%", "Studenten voelen zich gezien", "Zelfevaluatie BEGELEIDING", ROC, null),
                new SelfEvaluationSubmitted(REVIEW, "se-1", EvaluationLevel.TEAM, "Team Zorg", "BEGELEIDING",
                        "Tevredenheid 7,8; uitval 6%", "Studenten voelen zich gezien", "Zelfevaluatie BEGELEIDING", ROC, NOW));
    }

    @Test
    void aSelfEvaluationWithoutBothKindsOfOutcomeIsRefused() {
        refused(composed(), new SubmitSelfEvaluation(REVIEW, "se-1", EvaluationLevel.INSTITUTION, null, "BEGELEIDING",
                "Uitval 6%", " ", "tekst", ROC, null), DialogueRule.OUTCOMES_REQUIRED);
    }

    @Test
    void aSelfEvaluationIsOnAStandardOfTheModelAndATeamOneNamesItsTeam() {
        refused(composed(), new SubmitSelfEvaluation(REVIEW, "se-1", EvaluationLevel.INSTITUTION, null, "KS1",
                "m", "n", "tekst", ROC, null), DialogueRule.STANDARD_IN_FRAMEWORK);
        refused(composed(), new SubmitSelfEvaluation(REVIEW, "se-1", EvaluationLevel.TEAM, " ", "LEERPROCES",
                "m", "n", "tekst", ROC, null), DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void onlyTheInstitutionSubmitsItsSelfEvaluations() {
        refused(composed(), new SubmitSelfEvaluation(REVIEW, "se-1", EvaluationLevel.INSTITUTION, null, "LEERPROCES",
                "m", "n", "tekst", PANELIST, null), DialogueRule.ONLY_INSTITUTION)
                .expectExceptionMessage(not(containsString("ROC Voorbeeld")));
    }

    @Test
    void anotherInstitutionOrAnotherPanelIsToldAnUnpublishedReviewDoesNotExist() {
        hidden(composed(), new SubmitSelfEvaluation(REVIEW, "se-1", EvaluationLevel.INSTITUTION, null, "LEERPROCES",
                "m", "n", "tekst", OTHER_ROC, null));
        hidden(selfEvaluated(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "r",
                List.of("se-BEGELEIDING"), null, OUTSIDER, null));
        hidden(reported(), new ReactToPanelReport(REVIEW, "Niet de onze", reportDigest(), OTHER_ROC, null));
    }

    @Test
    void onceThePublicMaySeeTheReviewAnotherInstitutionIsRefusedByTheRule() {
        List<Object> published = PanelReviewFixtures.plus(reported(),
                new PanelReportPublished(REVIEW, "Publieke samenvatting", PANEL_CHAIR, NOW));
        refused(published, new ReactToPanelReport(REVIEW, "Niet de onze", reportDigest(), OTHER_ROC, null), DialogueRule.ONLY_INSTITUTION)
                .expectExceptionMessage(not(containsString("ROC Voorbeeld")));
    }

    @Test
    void theValidationCommitteeSeesAnIssuedReportButDoesNotJudge() {
        refused(reported(), new PublishPanelReport(REVIEW, "Samenvatting", VALIDATION_COMMITTEE, null), DialogueRule.ONLY_CHAIR);
        hidden(everyStandardJudged(), new IssuePanelReport(REVIEW, "Rapport", VALIDATION_COMMITTEE, null));
    }

    @Test
    void thePanelJudgesAStandardOnTheSelfEvaluationsItReadUnderTheModelVersion() {
        accepted(selfEvaluated(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "Onderbouwd",
                List.of("se-BEGELEIDING"), null, PANELIST, null), judged(1, "BEGELEIDING"));
    }

    @Test
    void aJudgementRestsOnSelfEvaluationsOfThatStandard() {
        refused(composed(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "r", List.of(), null,
                PANELIST, null), DialogueRule.JUDGEMENT_NEEDS_SELF_EVALUATION);
        refused(selfEvaluated(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "r",
                List.of("se-LEERPROCES"), null, PANELIST, null), DialogueRule.JUDGEMENT_NEEDS_SELF_EVALUATION);
    }

    @Test
    void aJudgementIsOnTheModelsScaleAndByThePanel() {
        refused(selfEvaluated(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "VOLDOENDE", "r", List.of("se-BEGELEIDING"),
                null, PANELIST, null), DialogueRule.VALUE_ON_SCALE);
        refused(selfEvaluated(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "r",
                List.of("se-BEGELEIDING"), null, ROC, null), DialogueRule.ONLY_PANEL);
        refused(scheduled(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "r",
                List.of("se-BEGELEIDING"), null, ROC, null), DialogueRule.WRONG_PHASE);
        hidden(scheduled(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "OP_REFERENTIEWAARDE", "r",
                List.of("se-BEGELEIDING"), null, PANELIST, null));
    }

    @Test
    void judgingAgainRevisesTheEarlierJudgementWithAReason() {
        List<Object> once = PanelReviewFixtures.plus(selfEvaluated(), judged(1, "BEGELEIDING"));
        refused(once, new JudgePanelStandard(REVIEW, "BEGELEIDING", "BOVEN_REFERENTIEWAARDE", "r", List.of("se-BEGELEIDING"),
                null, PANELIST, null), DialogueRule.REASON_REQUIRED);
        accepted(once, new JudgePanelStandard(REVIEW, "BEGELEIDING", "BOVEN_REFERENTIEWAARDE", "r", List.of("se-BEGELEIDING"),
                        "Na het gesprek met studenten", PANEL_CHAIR, null),
                new PanelStandardJudged(REVIEW, "judgement-2", "BEGELEIDING", "BOVEN_REFERENTIEWAARDE", "r",
                        List.of("se-BEGELEIDING"), MODEL, "judgement-1", "Na het gesprek met studenten", PANEL_CHAIR, NOW));
    }

    @Test
    void theChairIssuesTheReportOnceEveryStandardIsJudged() {
        refused(PanelReviewFixtures.plus(selfEvaluated(), judged(1, "BEGELEIDING")),
                new IssuePanelReport(REVIEW, "Rapport", PANEL_CHAIR, null), DialogueRule.ALL_STANDARDS_JUDGED);
        refused(everyStandardJudged(), new IssuePanelReport(REVIEW, "Rapport", PANELIST, null), DialogueRule.ONLY_CHAIR);
        accepted(everyStandardJudged(), new IssuePanelReport(REVIEW, "Rapport van het panel", PANEL_CHAIR, null),
                reported().get(reported().size() - 1));
    }

    @Test
    void nothingIsJudgedOrSubmittedAfterTheReport() {
        refused(reported(), new JudgePanelStandard(REVIEW, "BEGELEIDING", "BOVEN_REFERENTIEWAARDE", "r",
                List.of("se-BEGELEIDING"), "later", PANELIST, null), DialogueRule.WRONG_PHASE);
        refused(reported(), new SubmitSelfEvaluation(REVIEW, "se-9", EvaluationLevel.INSTITUTION, null, "LEERPROCES",
                "m", "n", "tekst", ROC, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void theBoardsReactionCitesTheDigestOfTheReportItReactsTo() {
        // none cited, and the digest of other content (a report this review never issued)
        String otherReport = PanelReportIssued.digestOf(REVIEW, "Een ander rapport", MODEL, judgements());
        Map.of("", DialogueRule.APPROVED_DIGEST_REQUIRED, otherReport, DialogueRule.STALE_CONTENT).forEach((cited, rule) ->
                refused(reported(), new ReactToPanelReport(REVIEW, "Reactie", cited, ROC, null), rule));
    }

    @Test
    void theBoardReactsOnceAndTheChairPublishes() {
        accepted(reported(), new ReactToPanelReport(REVIEW, "Reactie van het college", reportDigest(), ROC, null),
                new PanelReportReactedTo(REVIEW, "Reactie van het college", reportDigest(), ROC, NOW));
        refused(oneOfEachEvent(), new ReactToPanelReport(REVIEW, "Nog een", reportDigest(), ROC, null), DialogueRule.REACTED_ONCE);
        refused(everyStandardJudged(), new ReactToPanelReport(REVIEW, "Te vroeg", reportDigest(), ROC, null), DialogueRule.WRONG_PHASE);
        accepted(reported(), new PublishPanelReport(REVIEW, "Publieke samenvatting", PANEL_CHAIR, null),
                new PanelReportPublished(REVIEW, "Publieke samenvatting", PANEL_CHAIR, NOW));
        refused(oneOfEachEvent(), new PublishPanelReport(REVIEW, "Nog eens", PANEL_CHAIR, null), DialogueRule.WRONG_PHASE);
    }
}
