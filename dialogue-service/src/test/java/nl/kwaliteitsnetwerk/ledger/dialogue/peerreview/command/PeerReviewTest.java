package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.AggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewFixtures.*;

/** Peer review: teams with their own questions, sessions between them, a report per team. */
class PeerReviewTest extends AggregateRuleTest<PeerReview> {

    private static final String DISCUSSED = "Begeleiding in de eerste BPV-periode";

    PeerReviewTest() {
        super(PeerReviewFixtures.fixture(new MutableClock(NOW)));
    }

    /** Refused as the review's readers would be: as if no review had this id, and nothing recorded. */
    private void hidden(List<Object> history, Object command) {
        refused(history, command, CommonErrors.NOT_FOUND).expectExceptionMessage(RuleViolation.notFound(REVIEW).getMessage());
    }

    @Test
    void aPeerReviewStartsWithTwoOrMoreTeamsEachWithItsOwnQuestion() {
        fixture.givenNoPriorActivity()
                .when(new StartPeerReview(REVIEW, "Carrousel BPV 2027", GUIDE_PERSON, List.of(ZORG_NOW, TECHNIEK_NOW), ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PeerReviewStarted(REVIEW, "Carrousel BPV 2027", GUIDE_PERSON, List.of(ZORG_NOW, TECHNIEK_NOW),
                        ADMIN, NOW));
    }

    @Test
    void oneTeamIsNoPeerReview() {
        refused(List.of(), new StartPeerReview(REVIEW, "Alleen", GUIDE_PERSON, List.of(ZORG_NOW), ADMIN),
                DialogueRule.TEAMS_WELL_FORMED);
    }

    @Test
    void everyTeamAsksItsOwnSpecificQuestion() {
        PeerTeam vague = new PeerTeam("vaag", "Team Vaag", TeamLevel.PROGRAMME, new InstitutionRef("25LH", 30105, "ROC Elders"),
                "Hoe doen we het?");
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", GUIDE_PERSON, List.of(ZORG_NOW, vague), ADMIN),
                DialogueRule.QUESTION_SPECIFIC);
    }

    @Test
    void aTeamQuestionNamesItsSubjectAndWhatItsAnswerIsFor() {
        PeerTeam general = new PeerTeam("vaag", "Team Vaag", TeamLevel.PROGRAMME, TECHNIEK.institution(),
                "Hoe verbeteren we de onderwijskwaliteit van onze opleiding, zodat het beter wordt?");
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", GUIDE_PERSON, List.of(ZORG_NOW, general), ADMIN),
                DialogueRule.QUESTION_NAMES_SUBJECT);
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", GUIDE_PERSON, List.of(ZORG_NOW, TECHNIEK), ADMIN),
                DialogueRule.QUESTION_STATES_USE);
    }

    @Test
    void teamsHaveDistinctIdsAndTheirInstitution() {
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", GUIDE_PERSON, List.of(ZORG_NOW, ZORG_NOW), ADMIN),
                DialogueRule.TEAMS_WELL_FORMED);
        PeerTeam homeless = new PeerTeam("x", "Team X", TeamLevel.INSTITUTION, null, TECHNIEK_NOW.researchQuestion());
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", GUIDE_PERSON, List.of(ZORG_NOW, homeless), ADMIN),
                DialogueRule.TEAMS_WELL_FORMED);
    }

    @Test
    void aTeamOfAnInstitutionTheRegisterDoesNotKnowIsRefused() {
        PeerTeam unknown = new PeerTeam("x", "Team X", TeamLevel.PROGRAMME, new InstitutionRef("99ZZ", 99999, "ROC Nergens"),
                TECHNIEK_NOW.researchQuestion());
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", GUIDE_PERSON, List.of(ZORG_NOW, unknown), ADMIN),
                InstitutionRule.UNKNOWN_INSTITUTION);
    }

    @Test
    void aTeamNamedByAnotherNameOfItsInstitutionIsRecordedUnderTheRegistersName() {
        PeerTeam zorg = new PeerTeam("zorg", ZORG_NOW.name(), ZORG_NOW.level(), new InstitutionRef("29WT", 21274, "BM Services"),
                ZORG_NOW.researchQuestion());
        fixture.givenNoPriorActivity()
                .when(new StartPeerReview(REVIEW, "Carrousel BPV 2027", GUIDE_PERSON, List.of(zorg, TECHNIEK_NOW), ADMIN))
                .expectEvents(new PeerReviewStarted(REVIEW, "Carrousel BPV 2027", GUIDE_PERSON, List.of(ZORG_NOW, TECHNIEK_NOW),
                        ADMIN, NOW));
    }

    @Test
    void aGuideWhoWorksForTheInstitutionOfATeamByItsNameOnlyIsRefused() {
        Assessor insider = new Assessor("guide", "Gerda Gids", "Business Marketing Services B.V.", null,
                AssessorType.NETWORK, null);
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", insider, List.of(ZORG_NOW, TECHNIEK_NOW), ADMIN),
                DialogueRule.ASSESSOR_INDEPENDENT);
    }

    @Test
    void aGuideWhoseAffiliationContradictsTheRegisterIsRefused() {
        Assessor contradicted = new Assessor("guide", "Gerda Gids", "ROC Elders", "29WT", AssessorType.NETWORK, null);
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", contradicted, List.of(ZORG_NOW, TECHNIEK_NOW), ADMIN),
                InstitutionRule.AFFILIATION_CONFLICT);
    }

    @Test
    void aPeerReviewHasAProcessGuide() {
        refused(List.of(), new StartPeerReview(REVIEW, "Carrousel", null, List.of(ZORG_NOW, TECHNIEK_NOW), ADMIN),
                DialogueRule.MEMBERS_WELL_FORMED);
    }

    @Test
    void theGuideRecordsASessionWhereOneTeamVisitsAnother() {
        accepted(started(), new HoldPeerSession(REVIEW, "ps-1", "zorg", List.of("techniek"), PARTICIPANTS, DISCUSSED, GUIDE, null),
                visited().get(1));
    }

    @Test
    void onlyTheGuideRecordsSessions() {
        refused(started(), new HoldPeerSession(REVIEW, "ps-1", "zorg", List.of("techniek"), PARTICIPANTS, DISCUSSED,
                ZORG_INSTITUTION, null), DialogueRule.ONLY_PROCESS_GUIDE);
        refused(started(), new CompletePeerReview(REVIEW, ADMIN, null), DialogueRule.ONLY_PROCESS_GUIDE);
    }

    @Test
    void anotherGuideIsToldThePeerReviewDoesNotExistEvenWhenItIsCompleted() {
        hidden(started(), new HoldPeerSession(REVIEW, "ps-1", "zorg", List.of("techniek"), PARTICIPANTS, DISCUSSED,
                OTHER_GUIDE, null));
        hidden(zorgReported(), new RecordTeamReport(REVIEW, "zorg", "x", "y", "nog eens", OTHER_GUIDE, null));
        hidden(oneOfEachEvent(), new CompletePeerReview(REVIEW, OTHER_GUIDE, null));
    }

    @Test
    void aSessionIsBetweenTeamsOfTheReview() {
        refused(started(), new HoldPeerSession(REVIEW, "ps-1", "bouw", List.of("techniek"), PARTICIPANTS, DISCUSSED, GUIDE, null),
                DialogueRule.UNKNOWN_TEAM);
        refused(started(), new HoldPeerSession(REVIEW, "ps-1", "zorg", List.of(), PARTICIPANTS, DISCUSSED, GUIDE, null),
                DialogueRule.TEAMS_WELL_FORMED);
        refused(started(), new HoldPeerSession(REVIEW, "ps-1", "zorg", List.of("zorg"), PARTICIPANTS, DISCUSSED, GUIDE, null),
                DialogueRule.TEAMS_WELL_FORMED);
    }

    @Test
    void aSessionCountsItsParticipantsAndIsRecordedOnce() {
        refused(started(), new HoldPeerSession(REVIEW, "ps-1", "zorg", List.of("techniek"), List.of(), DISCUSSED, GUIDE, null),
                DialogueRule.PARTICIPANTS_COUNTED);
        refused(visited(), new HoldPeerSession(REVIEW, "ps-1", "techniek", List.of("zorg"), PARTICIPANTS, DISCUSSED, GUIDE, null),
                DialogueRule.UNIQUE_ID);
    }

    @Test
    void aTeamReportRecordsTheOutcomesOfASessionTheTeamTookPartIn() {
        accepted(visited(), new RecordTeamReport(REVIEW, "zorg", "Vaste BPV-begeleider per student", "Rapport team Zorg",
                null, GUIDE, null), zorgReported().get(2));
        refused(started(), new RecordTeamReport(REVIEW, "zorg", "x", "y", null, GUIDE, null), DialogueRule.WRONG_PHASE);
        refused(visited(), new RecordTeamReport(REVIEW, "zorg", " ", "y", null, GUIDE, null), DialogueRule.REQUIRED_TEXT);
    }

    @Test
    void aTeamWithoutASessionHasNothingToReportYet() {
        PeerTeam bouw = new PeerTeam("bouw", "Team Bouw", TeamLevel.PROGRAMME, new InstitutionRef("25LH", 30105, "ROC Elders"),
                "Hoe zorgen wij dat praktijkopleiders de nieuwe kwalificatie echt kennen en toepassen?");
        List<Object> threeTeams = PeerReviewFixtures.plus(List.of(new PeerReviewStarted(REVIEW, "Carrousel", GUIDE_PERSON,
                        List.of(ZORG, TECHNIEK, bouw), ADMIN, NOW)),
                new PeerSessionHeld(REVIEW, "ps-1", "zorg", List.of("techniek"), PARTICIPANTS, DISCUSSED, GUIDE, NOW));
        refused(threeTeams, new RecordTeamReport(REVIEW, "bouw", "x", "y", null, GUIDE, null),
                DialogueRule.TEAM_REPORT_NEEDS_SESSION);
    }

    @Test
    void aRevisedTeamReportSaysWhy() {
        refused(zorgReported(), new RecordTeamReport(REVIEW, "zorg", "x", "y", null, GUIDE, null), DialogueRule.REASON_REQUIRED);
        accepted(zorgReported(), new RecordTeamReport(REVIEW, "zorg", "x", "y", "Aangevuld na terugkoppeling", GUIDE, null),
                new TeamReportRecorded(REVIEW, "zorg", 2, "x", "y", "Aangevuld na terugkoppeling", GUIDE, NOW));
    }

    @Test
    void thePeerReviewCompletesWhenEveryTeamHasItsReport() {
        refused(zorgReported(), new CompletePeerReview(REVIEW, GUIDE, null), DialogueRule.EVERY_TEAM_REPORTED);
        accepted(bothReported(), new CompletePeerReview(REVIEW, GUIDE, null), new PeerReviewCompleted(REVIEW, GUIDE, NOW));
        refused(oneOfEachEvent(), new HoldPeerSession(REVIEW, "ps-2", "techniek", List.of("zorg"), PARTICIPANTS, DISCUSSED,
                GUIDE, null), DialogueRule.WRONG_PHASE);
    }
}
