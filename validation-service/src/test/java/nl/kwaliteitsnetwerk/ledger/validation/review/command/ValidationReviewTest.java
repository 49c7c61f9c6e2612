package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationRule;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.OpenValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.PublishValidationReport;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static java.util.stream.Collectors.toList;
import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.plus;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;

/**
 * The rules of a validation review, in the review's own aggregate: the chair of the committee as it is opens it
 * over final reports and a version of the questions; members answer, independent of the institution under
 * review; the chair concludes once all is answered; the board reacts; the chair publishes, and then it is fixed.
 */
class ValidationReviewTest extends ClockedAggregateRuleTest<ValidationReview> {

    ValidationReviewTest() {
        super(new MutableClock(NOW), ReviewFixtures::fixture);
    }

    @Test
    void theChairOpensAReviewOfFinalReportsWithAVersionOfTheQuestions() {
        accepted(List.of(), open(List.of(AUDIT, DIALOGUE)), opened().get(0));
    }

    @Test
    void aReviewCoversFinalAuditAndDialogueReportsOnly() {
        ReportUnderReview unfinished = new ReportUnderReview("audit-2", "AUDIT", "29WT", "INSTITUTIONAL", null, null);
        refused(List.of(), open(List.of(AUDIT, unfinished)), ValidationRule.REPORT_FINAL);
        ReportUnderReview peerReview = new ReportUnderReview("peer-1", "PEER_REVIEW", "29WT", "Carrousel", Instant.now(), null);
        refused(List.of(), open(List.of(peerReview)), ValidationRule.REPORT_VALIDATED_KIND);
        refused(List.of(), open(List.of()), ValidationRule.REPORTS_REQUIRED);
        refused(List.of(), open(List.of(AUDIT, AUDIT)), ValidationRule.REPORTS_REQUIRED);
    }

    @Test
    void anUnknownQuestionSetOrAnotherOpenerIsRefused() {
        refused(List.of(), new OpenValidationReview(COMMITTEE, REVIEW, "t", List.of(AUDIT), "kwaliteitsnetwerk-validatievragen",
                "1999", CHAIR, null), ValidationRule.UNKNOWN_QUESTION_SET);
        refused(List.of(), new OpenValidationReview(COMMITTEE, REVIEW, "t", List.of(AUDIT), "kwaliteitsnetwerk-validatievragen",
                "2025", FROM_30XY, null), ValidationRule.ONLY_CHAIR);
    }

    @Test
    void aMemberAnswersAQuestionForAReportWithReasoning() {
        accepted(opened(), new AnswerValidationQuestion(REVIEW, "audit-1", "V2", Answer.PARTLY,
                        "KS4 rust op één bevinding", null, null, FROM_30XY, null),
                new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", "audit-1", "V2", Answer.PARTLY,
                        "KS4 rust op één bevinding", null, null, null, FROM_30XY, NOW));
        refused(opened(), new AnswerValidationQuestion(REVIEW, "audit-1", "V2", Answer.YES, " ", null, null,
                FROM_30XY, null), ValidationRule.REQUIRED_TEXT);
    }


    @ParameterizedTest
    @ValueSource(strings = {" 29WT ", "29wt", "\uFF12\uFF19\uFF37\uFF34", "\u300029wT\t"})
    void aMemberFromTheInstitutionUnderReviewDoesNotAnswerForItsReportsUnderAnySpellingOfItsCode(String spelling) {
        List<CommitteeMember> members = MEMBERS.stream()
                .map(member -> member.userId().equals("committee") ? council("committee", spelling) : member).toList();
        ValidationReviewOpened opened = openedUnder(0);
        List<Object> history = List.of(new ValidationReviewOpened(COMMITTEE, REVIEW, opened.title(), opened.reports(),
                opened.questionSetId(), opened.questionSetVersion(), opened.questions(), members, "vc-chair", 0L, CHAIR, NOW));
        refused(history, new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "r", null, null,
                FROM_29WT, null), ValidationRule.MEMBER_INDEPENDENT);
    }


    @Test
    void aMemberFromTheInstitutionUnderReviewDoesNotAnswerForItsReports() {
        refused(opened(), new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "r", null, null,
                FROM_29WT, null), ValidationRule.MEMBER_INDEPENDENT);
        accepted(opened(), new AnswerValidationQuestion(REVIEW, "dialogue-1", "V1", Answer.YES, "r", null, null,
                FROM_29WT, null), new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", "dialogue-1", "V1", Answer.YES,
                "r", null, null, null, FROM_29WT, NOW));
    }

    @Test
    void onlyMembersAnswerKnownQuestionsForReportsUnderReview() {
        refused(opened(), new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "r", null, null,
                ADMIN, null), ValidationRule.ONLY_MEMBER);
        refused(opened(), new AnswerValidationQuestion(REVIEW, "audit-9", "V1", Answer.YES, "r", null, null,
                FROM_30XY, null), ValidationRule.UNKNOWN_REPORT);
        refused(opened(), new AnswerValidationQuestion(REVIEW, "audit-1", "V9", Answer.YES, "r", null, null,
                FROM_30XY, null), ValidationRule.UNKNOWN_QUESTION);
    }

    @Test
    void answeringAgainRevisesTheEarlierAnswerWithAReason() {
        List<Object> once = plus(opened(), new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1",
                "audit-1", "V2", Answer.YES, "r", null, null, null, FROM_30XY, NOW));
        refused(once, new AnswerValidationQuestion(REVIEW, "audit-1", "V2", Answer.NO, "toch niet", null, null, FROM_30XY,
                null), ValidationRule.REASON_REQUIRED);
        accepted(once, new AnswerValidationQuestion(REVIEW, "audit-1", "V2", Answer.NO, "toch niet",
                        "Indicator: KS4 zonder bevinding", null, FROM_30XY, null),
                new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-2", "audit-1", "V2", Answer.NO, "toch niet", "answer-1",
                        "Indicator: KS4 zonder bevinding", null, FROM_30XY, NOW));
    }

    @Test
    void theChairConcludesOnlyWhenEveryQuestionIsAnsweredForEveryReport() {
        refused(opened(), new ConcludeValidationReview(REVIEW, "Conclusie", CHAIR, null),
                ValidationRule.ALL_QUESTIONS_ANSWERED);
        refused(everythingAnswered(), new ConcludeValidationReview(REVIEW, "Conclusie", FROM_30XY, null),
                ValidationRule.ONLY_CHAIR);
        accepted(everythingAnswered(), new ConcludeValidationReview(REVIEW, "De methode is goed toegepast.", CHAIR,
                null), concluded().get(concluded().size() - 1));
        refused(concluded(), new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.NO, "r", "later", null, FROM_30XY,
                null), ValidationRule.WRONG_PHASE);
    }

    @Test
    void theReportIsPublishedWithTheBoardsReactionAndNeverChangesAfter() {
        refused(concluded(), new PublishValidationReport(REVIEW, "Rapport", CHAIR, null), ValidationRule.WRONG_PHASE);
        refused(concluded(), new RecordBoardReaction(REVIEW, "Reactie", null, CHAIR, null), ValidationRule.ONLY_BOARD);
        refused(opened(), new RecordBoardReaction(REVIEW, "Reactie", null, BOARD, null), ValidationRule.WRONG_PHASE);
        accepted(concluded(), new RecordBoardReaction(REVIEW, "Het bestuur neemt de aanbevelingen over.", concludedDigest(),
                BOARD, null),
                boardReacted().get(boardReacted().size() - 1));
        accepted(boardReacted(), new PublishValidationReport(REVIEW, "Validatierapport 2027", CHAIR, null),
                new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
        List<Object> published = plus(boardReacted(),
                new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
        refused(published, new PublishValidationReport(REVIEW, "Opnieuw", CHAIR, null), ValidationRule.WRONG_PHASE);
        refused(published, new RecordBoardReaction(REVIEW, "Nog een", null, BOARD, null), ValidationRule.WRONG_PHASE);
        refused(published, new ConcludeValidationReview(REVIEW, "Anders", CHAIR, null), ValidationRule.WRONG_PHASE);
    }

    @Test
    void aReviewIsOpenedUnderTheCompositionOfTheCommitteeAsItIsAndRecordsItsVersion() {
        MembershipChanged change = vc5ReplacedByVc6();
        List<CommitteeMember> after = MEMBERS.stream().filter(m -> !m.userId().equals("vc-5")).collect(toList());
        after.add(change.joining());
        ValidationReviewOpened opened = openedUnder(1);
        ReviewFixtures.fixture(clock, plus(composed(), change)).givenNoPriorActivity()
                .when(open(List.of(AUDIT, DIALOGUE)))
                .expectEvents(new ValidationReviewOpened(COMMITTEE, REVIEW, opened.title(), opened.reports(),
                        opened.questionSetId(), opened.questionSetVersion(), opened.questions(), after, "vc-chair", 1L, CHAIR,
                        NOW))
                .expectResultMessagePayload(0L);
    }

    @Test
    void onlyTheChairOfTheCommitteeAsItIsOpensAReview() {
        var fixture = ReviewFixtures.fixture(clock, plus(composed(), newExternalChair()));
        fixture.givenNoPriorActivity().when(open(List.of(AUDIT))).expectNoEvents()
                .expectException(violates(ValidationRule.ONLY_CHAIR));
        fixture.givenNoPriorActivity().when(new OpenValidationReview(COMMITTEE, REVIEW, "Validatie", List.of(AUDIT),
                        "kwaliteitsnetwerk-validatievragen", "2025", Actor.of("vc-chair2", Role.VALIDATION_COMMITTEE), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReviewIsOpenedOnlyUnderTheVersionOfTheCommitteeItsChairSaw() {
        OpenValidationReview seenBefore = new OpenValidationReview(COMMITTEE, REVIEW, "Validatie", List.of(AUDIT),
                "kwaliteitsnetwerk-validatievragen", "2025", CHAIR, 0L);
        ReviewFixtures.fixture(clock, plus(composed(), vc5ReplacedByVc6())).givenNoPriorActivity()
                .when(seenBefore).expectNoEvents().expectException(violates(CommonErrors.STALE_VERSION))
                .expectExceptionMessage(StaleVersion.detail(0L, 1L));
    }
}
