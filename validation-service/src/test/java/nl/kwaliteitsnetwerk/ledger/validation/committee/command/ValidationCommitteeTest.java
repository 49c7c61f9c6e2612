package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.AggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validation committee's rules 1-3 and 5; rule 4, the indicators, is computed from the trail. */
class ValidationCommitteeTest extends AggregateRuleTest<ValidationCommittee> {

    ValidationCommitteeTest() {
        super(CommitteeFixtures.fixture(new MutableClock(NOW)));
    }

    @Test
    void fiveCouncilMembersAndAnExternalChairMakeTheCommittee() {
        fixture.givenNoPriorActivity()
                .when(new ComposeCommittee(COMMITTEE, MEMBERS, "vc-chair", FROM, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(composed().get(0));
    }

    @Test
    void aCompositionOtherThanFivePlusOneIsRefused() {
        List<CommitteeMember> four = MEMBERS.subList(0, 5);
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, four, "vc-chair", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
        List<CommitteeMember> sixCouncil = new ArrayList<>(MEMBERS.subList(1, 6));
        sixCouncil.add(council("vc-6", "34GH"));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, sixCouncil, "vc-6", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
    }

    @Test
    void theExternalMemberChairsAndComesFromNoMemberInstitution() {
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, MEMBERS, "vc-2", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
        List<CommitteeMember> insiderChair = new ArrayList<>(MEMBERS);
        insiderChair.set(0, new CommitteeMember("vc-chair", "Eva", "ROC X", "35IJ", Seat.EXTERNAL));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, insiderChair, "vc-chair", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
    }

    @Test
    void aCouncilMemberNamesTheirInstitution() {
        List<CommitteeMember> anonymous = new ArrayList<>(MEMBERS);
        anonymous.set(1, new CommitteeMember("committee", "Lid", "ROC", null, Seat.COUNCIL));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, anonymous, "vc-chair", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
    }

    @Test
    void aChangeOfMembershipIsAnEventWithItsDateAndReason() {
        CommitteeMember joining = council("vc-6", "34GH");
        LocalDate on = LocalDate.parse("2028-01-01");
        accepted(composed(), new ChangeMembership(COMMITTEE, "vc-5", joining, on, "Termijn verstreken", ADMIN, null),
                new MembershipChanged(COMMITTEE, "vc-5", joining, "vc-chair", on, "Termijn verstreken", ADMIN, NOW));
    }

    @Test
    void aChangeKeepsTheCompositionAndItsDatesInOrder() {
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", new CommitteeMember("x", "X", "Extern", null, Seat.EXTERNAL),
                LocalDate.parse("2028-01-01"), "r", ADMIN, null), ValidationRule.COMPOSITION);
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", council("vc-6", "34GH"), LocalDate.parse("2026-12-31"),
                "r", ADMIN, null), ValidationRule.DATES_IN_ORDER);
        refused(composed(), new ChangeMembership(COMMITTEE, "nobody", council("vc-6", "34GH"), LocalDate.parse("2028-01-01"),
                "r", ADMIN, null), ValidationRule.UNKNOWN_MEMBER);
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", council("vc-6", "34GH"), LocalDate.parse("2028-01-01"),
                " ", ADMIN, null), ValidationRule.REASON_REQUIRED);
    }

    @Test
    void aNewExternalMemberTakesTheChair() {
        CommitteeMember newChair = new CommitteeMember("vc-chair2", "Nieuwe Voorzitter", "Hogeschool", null, Seat.EXTERNAL);
        LocalDate on = LocalDate.parse("2028-01-01");
        accepted(composed(), new ChangeMembership(COMMITTEE, "vc-chair", newChair, on, "Afscheid", ADMIN, null),
                new MembershipChanged(COMMITTEE, "vc-chair", newChair, "vc-chair2", on, "Afscheid", ADMIN, NOW));
    }

    @Test
    void theChairOpensAReviewOfFinalReportsWithAVersionOfTheQuestions() {
        accepted(composed(), new OpenValidationReview(COMMITTEE, REVIEW, "Validatie 2027", List.of(AUDIT, DIALOGUE),
                "kwaliteitsnetwerk-validatievragen", "2025", CHAIR, null), reviewOpened().get(1));
    }

    @Test
    void aReviewCoversFinalAuditAndDialogueReportsOnly() {
        ReportUnderReview unfinished = new ReportUnderReview("audit-2", "AUDIT", "29WT", "INSTITUTIONAL", null);
        refused(composed(), open(List.of(AUDIT, unfinished)), ValidationRule.REPORT_FINAL);
        ReportUnderReview peerReview = new ReportUnderReview("peer-1", "PEER_REVIEW", "29WT", "Carrousel", Instant.now());
        refused(composed(), open(List.of(peerReview)), ValidationRule.REPORT_VALIDATED_KIND);
        refused(composed(), open(List.of()), ValidationRule.REPORTS_REQUIRED);
        refused(composed(), open(List.of(AUDIT, AUDIT)), ValidationRule.REPORTS_REQUIRED);
    }

    @Test
    void anUnknownQuestionSetOrAnotherOpenerIsRefused() {
        refused(composed(), new OpenValidationReview(COMMITTEE, REVIEW, "t", List.of(AUDIT), "kwaliteitsnetwerk-validatievragen",
                "1999", CHAIR, null), ValidationRule.UNKNOWN_QUESTION_SET);
        refused(composed(), new OpenValidationReview(COMMITTEE, REVIEW, "t", List.of(AUDIT), "kwaliteitsnetwerk-validatievragen",
                "2025", FROM_30XY, null), ValidationRule.ONLY_CHAIR);
        refused(reviewOpened(), open(List.of(AUDIT)), ValidationRule.UNIQUE_ID);
    }

    @Test
    void aMemberAnswersAQuestionForAReportWithReasoning() {
        accepted(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V2", Answer.PARTLY,
                        "KS4 rust op één bevinding", null, FROM_30XY, null),
                new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", "audit-1", "V2", Answer.PARTLY,
                        "KS4 rust op één bevinding", null, null, FROM_30XY, NOW));
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V2", Answer.YES, " ", null,
                FROM_30XY, null), ValidationRule.REQUIRED_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 29WT ", "29wt", "\uFF12\uFF19\uFF37\uFF34", "\u300029wT\t"})
    void aMemberFromTheInstitutionUnderReviewDoesNotAnswerForItsReportsUnderAnySpellingOfItsCode(String spelling) {
        List<CommitteeMember> members = MEMBERS.stream()
                .map(member -> member.userId().equals("committee") ? council("committee", spelling) : member).toList();
        List<Object> history = plus(List.of(new CommitteeComposed(COMMITTEE, members, "vc-chair", FROM, ADMIN, NOW)),
                reviewOpened().get(1));
        refused(history, new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.YES, "r", null,
                FROM_29WT, null), ValidationRule.MEMBER_INDEPENDENT);
    }

    @Test
    void theCommitteeIsComposedUnderTheNormalFormOfItsMembersCodes() {
        List<CommitteeMember> spelled = List.of(EXTERNAL_CHAIR, spelled("committee", "29WT", "\uFF12\uFF19wt "),
                spelled("vc-2", "30XY", "30xy"), spelled("vc-3", "31AB", " 31AB"), spelled("vc-4", "32CD", "32cD"),
                spelled("vc-5", "33EF", "\u300033EF"));
        fixture.givenNoPriorActivity()
                .when(new ComposeCommittee(COMMITTEE, spelled, "vc-chair", FROM, ADMIN))
                .expectEvents(composed().get(0));
    }

    private static CommitteeMember spelled(String userId, String code, String spelling) {
        return new CommitteeMember(userId, "Lid " + userId, "ROC " + code, spelling, Seat.COUNCIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29WT\u200B", "\u200C29WT", "29\u200DWT", "29WT\u2060", "\uFEFF29WT", "29WT\u0085", "29 WT"})
    void aMembersCodeWithAnInvisibleControlOrSpaceCharacterIsRefusedAsInput(String hostile) {
        assertThatThrownBy(() -> council("committee", hostile)).isInstanceOfSatisfying(InvalidText.class,
                refused -> assertThat(refused.field()).isEqualTo("memberInstitutionCode"));
    }

    @Test
    void aMemberFromTheInstitutionUnderReviewDoesNotAnswerForItsReports() {
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.YES, "r", null,
                FROM_29WT, null), ValidationRule.MEMBER_INDEPENDENT);
        accepted(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "dialogue-1", "V1", Answer.YES, "r", null,
                FROM_29WT, null), new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", "dialogue-1", "V1", Answer.YES,
                "r", null, null, FROM_29WT, NOW));
    }

    @Test
    void onlyMembersAnswerKnownQuestionsForReportsUnderReview() {
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.YES, "r", null,
                ADMIN, null), ValidationRule.ONLY_MEMBER);
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-9", "V1", Answer.YES, "r", null,
                FROM_30XY, null), ValidationRule.UNKNOWN_REPORT);
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V9", Answer.YES, "r", null,
                FROM_30XY, null), ValidationRule.UNKNOWN_QUESTION);
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, "review-9", "audit-1", "V1", Answer.YES, "r", null,
                FROM_30XY, null), CommonErrors.NOT_FOUND);
    }

    @Test
    void answeringAgainRevisesTheEarlierAnswerWithAReason() {
        List<Object> once = CommitteeFixtures.plus(reviewOpened(), new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1",
                "audit-1", "V2", Answer.YES, "r", null, null, FROM_30XY, NOW));
        refused(once, new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V2", Answer.NO, "toch niet", null, FROM_30XY,
                null), ValidationRule.REASON_REQUIRED);
        accepted(once, new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V2", Answer.NO, "toch niet",
                        "Indicator: KS4 zonder bevinding", FROM_30XY, null),
                new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-2", "audit-1", "V2", Answer.NO, "toch niet", "answer-1",
                        "Indicator: KS4 zonder bevinding", FROM_30XY, NOW));
    }

    @Test
    void theChairConcludesOnlyWhenEveryQuestionIsAnsweredForEveryReport() {
        refused(reviewOpened(), new ConcludeValidationReview(COMMITTEE, REVIEW, "Conclusie", CHAIR, null),
                ValidationRule.ALL_QUESTIONS_ANSWERED);
        refused(everythingAnswered(), new ConcludeValidationReview(COMMITTEE, REVIEW, "Conclusie", FROM_30XY, null),
                ValidationRule.ONLY_CHAIR);
        accepted(everythingAnswered(), new ConcludeValidationReview(COMMITTEE, REVIEW, "De methode is goed toegepast.", CHAIR,
                null), concluded().get(concluded().size() - 1));
        refused(concluded(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.NO, "r", "later", FROM_30XY,
                null), ValidationRule.WRONG_PHASE);
    }

    @Test
    void theReportIsPublishedWithTheBoardsReactionAndNeverChangesAfter() {
        refused(concluded(), new PublishValidationReport(COMMITTEE, REVIEW, "Rapport", CHAIR, null), ValidationRule.WRONG_PHASE);
        refused(concluded(), new RecordBoardReaction(COMMITTEE, REVIEW, "Reactie", CHAIR, null), ValidationRule.ONLY_BOARD);
        refused(reviewOpened(), new RecordBoardReaction(COMMITTEE, REVIEW, "Reactie", BOARD, null), ValidationRule.WRONG_PHASE);
        accepted(concluded(), new RecordBoardReaction(COMMITTEE, REVIEW, "Het bestuur neemt de aanbevelingen over.", BOARD, null),
                boardReacted().get(boardReacted().size() - 1));
        accepted(boardReacted(), new PublishValidationReport(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, null),
                new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
        List<Object> published = CommitteeFixtures.plus(boardReacted(),
                new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
        refused(published, new PublishValidationReport(COMMITTEE, REVIEW, "Opnieuw", CHAIR, null), ValidationRule.WRONG_PHASE);
        refused(published, new RecordBoardReaction(COMMITTEE, REVIEW, "Nog een", BOARD, null), ValidationRule.WRONG_PHASE);
        refused(published, new ConcludeValidationReview(COMMITTEE, REVIEW, "Anders", CHAIR, null), ValidationRule.WRONG_PHASE);
    }

    private static OpenValidationReview open(List<ReportUnderReview> reports) {
        return new OpenValidationReview(COMMITTEE, REVIEW, "Validatie", reports, "kwaliteitsnetwerk-validatievragen", "2025",
                CHAIR, null);
    }
}
