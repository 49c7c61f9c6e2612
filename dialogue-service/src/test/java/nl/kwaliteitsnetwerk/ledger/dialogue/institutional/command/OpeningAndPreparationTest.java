package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRule;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules 1-3: the institution's own question, an independent committee, and the preparation. */
class OpeningAndPreparationTest extends DialogueRuleTest {

    @Test
    void theInstitutionOpensADialogueAroundItsOwnQuestion() {
        fixture.givenNoPriorActivity()
                .when(new OpenDialogue(DIALOGUE, BM_SERVICES, "  " + SPECIFIC_QUESTION + " ", THEME, PLANNED, ROC))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DialogueOpened(DIALOGUE, BM_SERVICES, SPECIFIC_QUESTION, THEME, PLANNED, ROC, NOW));
    }

    @Test
    void theNetworkMayOpenADialogueForAnInstitution() {
        fixture.givenNoPriorActivity()
                .when(new OpenDialogue(DIALOGUE, BM_SERVICES, SPECIFIC_QUESTION, THEME, PLANNED, ADMIN))
                .expectEvents(new DialogueOpened(DIALOGUE, BM_SERVICES, SPECIFIC_QUESTION, THEME, PLANNED, ADMIN, NOW));
    }

    @Test
    void anInstitutionCannotOpenADialogueForAnother() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, SPECIFIC_QUESTION, THEME, PLANNED, OTHER_ROC),
                DialogueRule.ONLY_OWN_INSTITUTION);
    }

    @Test
    void aDialogueWithoutAQuestionIsRefused() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, "  ", THEME, PLANNED, ROC),
                DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void aGenericQuestionIsRefused() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, "Hoe is onze kwaliteit?", THEME, PLANNED, ROC),
                DialogueRule.QUESTION_SPECIFIC);
    }

    @Test
    void aQuestionOfManyShortWordsStillNeedsSubstance() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, "Wat gaat er nu goed en wat niet?", THEME, PLANNED, ROC),
                DialogueRule.QUESTION_SPECIFIC);
    }

    @Test
    void aQuestionThatNamesNoSubjectIsRefused() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES,
                "How can we improve the quality of our education at our school?", THEME, PLANNED, ROC),
                DialogueRule.QUESTION_NAMES_SUBJECT);
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES,
                "Hoe kunnen wij de kwaliteit van het onderwijs op onze school verbeteren, zodat het beter wordt?", THEME,
                PLANNED, ROC), DialogueRule.QUESTION_NAMES_SUBJECT);
    }

    @Test
    void aQuestionThatDoesNotSayWhatItsAnswerIsForIsRefused() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, QUESTION, THEME, PLANNED, ROC),
                DialogueRule.QUESTION_STATES_USE);
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES,
                "How do our teams involve students and employers in the examination of work placements?", THEME, PLANNED,
                ROC), DialogueRule.QUESTION_STATES_USE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            SPECIFIC_QUESTION,
            "Hoe ervaren studenten de begeleiding in de BPV, om daarmee de prioriteiten van onze ontwikkelagenda te bepalen?",
            "Welke rol willen leerbedrijven in de examinering spelen, als basis voor ons verbeterplan examinering?",
            "How do our teams involve students beyond the student council, so that we can set out a shared vision on"
                    + " student participation?",
            "Which support do first-year students need during their work placement, in order to decide where our"
                    + " guidance plan changes?"})
    void aQuestionThatNamesItsSubjectAndItsUseIsSpecific(String question) {
        fixture.givenNoPriorActivity()
                .when(new OpenDialogue(DIALOGUE, BM_SERVICES, question, THEME, PLANNED, ROC))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DialogueOpened(DIALOGUE, BM_SERVICES, question, THEME, PLANNED, ROC, NOW));
    }

    @Test
    void aQuestionThatOnlyRepeatsTheThemeIsRefused() {
        String theme = "Studentparticipatie in de teams van de beroepsopleidingen";
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, theme, theme, PLANNED, ROC),
                DialogueRule.QUESTION_SPECIFIC);
    }

    @Test
    void aDialogueWithoutAThemeIsRefused() {
        refused(List.of(), new OpenDialogue(DIALOGUE, BM_SERVICES, SPECIFIC_QUESTION, " ", PLANNED, ROC),
                DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void theCommitteeHasAChairASecretaryAndMembersMarkedForWhatTheyAre() {
        accepted(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                        List.of(PEER_MEMBER, STUDENT_MEMBER), ADMIN, null),
                new DialogueCommitteeAppointed(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                        List.of(PEER_MEMBER_RESOLVED, STUDENT_MEMBER), ADMIN, NOW));
        assertThat(PEER_MEMBER.isExternal()).isTrue();
        assertThat(STUDENT_MEMBER.isExternal()).isTrue();
        assertThat(CHAIR_MEMBER.isExternal()).isFalse();
    }

    @Test
    void aMemberWhoWorksForTheInstitutionIsRefused() {
        Assessor colleague = new Assessor("colleague", "Kees Collega", "ROC Voorbeeld", "29wt", AssessorType.PEER, null);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(colleague), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29WT", " 29WT ", "29wt", "\uFF12\uFF19\uFF37\uFF34", "\u300029wT\t"})
    void aMemberWhoWorksForTheInstitutionIsRefusedUnderAnySpellingOfItsCode(String spelling) {
        Assessor colleague = new Assessor("colleague", "Kees Collega", "ROC Voorbeeld", spelling, AssessorType.PEER, null);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(colleague), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29WT\u200B", "\u200C29WT", "29\u200DWT", "29WT\u2060", "\uFEFF29WT", "29WT\u007F", "29 WT"})
    void anAffiliationWithAnInvisibleControlOrSpaceCharacterIsRefusedAsInput(String hostile) {
        assertThatThrownBy(() -> new Assessor("colleague", "Kees Collega", "ROC Voorbeeld", hostile, AssessorType.PEER, null))
                .isInstanceOfSatisfying(InvalidText.class,
                        refused -> assertThat(refused.field()).isEqualTo("affiliationInstitutionCode"));
    }

    @Test
    void theInstitutionIsItselfUnderAnySpellingOfItsCode() {
        fixture.givenNoPriorActivity()
                .when(new OpenDialogue(DIALOGUE, new InstitutionRef("29wt ", 21274, "BM Services"), SPECIFIC_QUESTION, THEME, PLANNED,
                        Actor.forInstitution("roc", "\uFF12\uFF19\uFF37\uFF34")))
                .expectEvents(new DialogueOpened(DIALOGUE, BM_SERVICES, SPECIFIC_QUESTION, THEME, PLANNED, ROC, NOW));
    }

    @Test
    void aChairWhoWorksForTheInstitutionIsRefused() {
        Assessor insider = new Assessor("chair", "Carla Voorzitter", "ROC Voorbeeld", "29WT", AssessorType.NETWORK, null);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, insider, SECRETARY_MEMBER, List.of(PEER_MEMBER), ADMIN, null),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void aCommitteeWithoutSecretaryIsRefused() {
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, null, List.of(PEER_MEMBER), ADMIN, null),
                DialogueRule.MEMBERS_WELL_FORMED);
    }

    @Test
    void aPersonIsOnTheCommitteeOnlyOnce() {
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(CHAIR_MEMBER),
                ADMIN, null), DialogueRule.MEMBERS_WELL_FORMED);
    }

    @Test
    void aPeerNamesTheInstitutionTheyComeFrom() {
        Assessor peer = new Assessor("peer", "Pien Peer", "Hogeschool X", null, AssessorType.PEER, null);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(peer), ADMIN, null),
                DialogueRule.MEMBERS_WELL_FORMED);
    }

    @Test
    void aPeerNamedByTheRegisteredNameOfTheirInstitutionIsRecordedWithItsCode() {
        Assessor peer = new Assessor("peer", "Pien Peer", "ROC Elders", null, AssessorType.PEER, StakeholderCategory.PEERS);
        accepted(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(peer), ADMIN, null),
                new DialogueCommitteeAppointed(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(new Assessor("peer", "Pien Peer",
                        "ROC Elders", null, AssessorType.PEER, StakeholderCategory.PEERS, "25LH")), ADMIN, NOW));
    }

    /** The case: an affiliation that names the institution by its name, with no code, is that institution. */
    @ParameterizedTest
    @ValueSource(strings = {"Business Marketing Services B.V.", "business marketing services bv", "BM Services",
            "BM-Services", "Business  Marketing Services"})
    void aMemberWhoWorksForTheInstitutionByItsNameOnlyIsRefused(String affiliation) {
        Assessor insider = new Assessor("expert", "Kees Collega", affiliation, null, AssessorType.INDEPENDENT_EXPERT, null);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(PEER_MEMBER, insider),
                ADMIN, null), DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void aMemberWhoseAffiliationContradictsTheRegisterIsRefused() {
        Assessor contradicted = new Assessor("peer", "Pien Peer", "Business Marketing Services B.V.", "25LH",
                AssessorType.PEER, StakeholderCategory.PEERS);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(contradicted),
                ADMIN, null), InstitutionRule.AFFILIATION_CONFLICT);
    }

    @Test
    void aDialogueAtAnInstitutionTheRegisterDoesNotKnowIsRefused() {
        refused(List.of(), new OpenDialogue(DIALOGUE, new InstitutionRef("99ZZ", 99999, "ROC Nergens"), SPECIFIC_QUESTION,
                THEME, PLANNED, ADMIN), InstitutionRule.UNKNOWN_INSTITUTION);
        refused(List.of(), new OpenDialogue(DIALOGUE, ROC_VOORBEELD, SPECIFIC_QUESTION, THEME, PLANNED, ROC),
                InstitutionRule.INSTITUTION_MISMATCH);
        refused(List.of(), new OpenDialogue(DIALOGUE, new InstitutionRef("29WT", 30105, "BM Services"), SPECIFIC_QUESTION,
                THEME, PLANNED, ROC), InstitutionRule.INSTITUTION_MISMATCH);
    }

    @Test
    void aStakeholderMemberNamesTheGroupTheyRepresent() {
        Assessor employer = new Assessor("employer", "Erik Werkgever", "Bouwbedrijf", null, AssessorType.STAKEHOLDER, null);
        refused(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(employer), ADMIN, null),
                DialogueRule.MEMBERS_WELL_FORMED);
    }

    @Test
    void theCommitteeMayBeRecomposedUntilTheFirstSessionIsHeld() {
        accepted(sessionPlanned(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(PEER_MEMBER), ADMIN, null), new DialogueCommitteeAppointed(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(PEER_MEMBER_RESOLVED), ADMIN, NOW));
        refused(inDialogue(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(PEER_MEMBER),
                ADMIN, null), DialogueRule.WRONG_PHASE);
    }

    @Test
    void theCommitteeRecordsAQuestionnaireWithItsResponses() {
        accepted(committeeAppointed(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 212,
                        "Men voelt zich gehoord.", SECRETARY, null),
                new QuestionnaireRecorded(DIALOGUE, "q-1", "Kwaliteitscultuur", 212, "Men voelt zich gehoord.", SECRETARY, NOW));
    }

    @Test
    void aQuestionnaireWithoutRespondentsOrSummaryIsRefused() {
        refused(committeeAppointed(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 0, "x", SECRETARY, null),
                DialogueRule.REQUIRED_TEXT);
        refused(committeeAppointed(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 5, " ", SECRETARY, null),
                DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void onlyTheCommitteeRecordsAQuestionnaire() {
        refusedNamingNobody(committeeAppointed(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 5, "x", ROC,
                null), DialogueRule.ONLY_COMMITTEE);
    }

    @Test
    void someoneOffTheCommitteeIsToldAnUnpublishedDialogueDoesNotExist() {
        hidden(committeeAppointed(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 5, "x", OUTSIDER, null));
        hidden(opened(), new PlanSession(DIALOGUE, "s-1", PLANNED, "Studenten", OUTSIDER, null));
    }

    @Test
    void preparationWaitsForTheCommittee() {
        refused(opened(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 5, "x", ROC, null),
                DialogueRule.WRONG_PHASE);
    }

    @Test
    void untilTheyAreAppointedTheCommitteesMembersAreToldTheDialogueDoesNotExist() {
        hidden(opened(), new RecordQuestionnaire(DIALOGUE, "q-1", "Kwaliteitscultuur", 5, "x", SECRETARY, null));
    }

    @Test
    void theInstitutionSharesDocumentsAndNoOneElseDoesForIt() {
        accepted(committeeAppointed(), new ShareDocument(DIALOGUE, "d-1", "Jaarplan", "sharepoint://jaarplan", ROC, null),
                new DocumentShared(DIALOGUE, "d-1", "Jaarplan", "sharepoint://jaarplan", ROC, NOW));
        refusedNamingNobody(committeeAppointed(), new ShareDocument(DIALOGUE, "d-1", "Jaarplan", "sharepoint://jaarplan",
                CHAIR, null), DialogueRule.ONLY_INSTITUTION);
    }

    @Test
    void anotherInstitutionIsToldTheDialogueDoesNotExist() {
        hidden(committeeAppointed(), new ShareDocument(DIALOGUE, "d-1", "Jaarplan", "sharepoint://jaarplan", OTHER_ROC, null));
    }

    @Test
    void theRefusalOfACommitteeThatIsNotIndependentNamesNobody() {
        Assessor colleague = new Assessor("colleague", "Kees Collega", "ROC Voorbeeld", "29WT", AssessorType.PEER, null);
        refusedNamingNobody(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(colleague), ADMIN, null), DialogueRule.ASSESSOR_INDEPENDENT);
        Assessor peer = new Assessor("peer", "Pien Peer", "Hogeschool X", null, AssessorType.PEER, null);
        refusedNamingNobody(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER, List.of(peer),
                ADMIN, null), DialogueRule.MEMBERS_WELL_FORMED);
        Assessor byNameOnly = new Assessor("colleague", "Kees Collega", "Business Marketing Services B.V.", null,
                AssessorType.INDEPENDENT_EXPERT, null);
        refusedNamingNobody(opened(), new AppointDialogueCommittee(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(byNameOnly), ADMIN, null), DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void aPreparationIdIsUsedOnce() {
        refused(plus(committeeAppointed(), new DocumentShared(DIALOGUE, "d-1", "Jaarplan", "x", ROC, NOW)),
                new RecordQuestionnaire(DIALOGUE, "d-1", "Kwaliteitscultuur", 5, "x", SECRETARY, null), DialogueRule.UNIQUE_ID);
    }

    private static List<Object> plus(List<Object> history, Object... events) {
        return DialogueFixtures.plus(history, events);
    }
}
