package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationRule;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approvals bound to content (contract C): an answer cites the content digest of the report version it was given
 * on, which must be the report's current one; the conclusion records the validation report's content and its
 * digest; the board's reaction cites that digest. An erratum after an answer leaves the answer stale: the review
 * does not conclude on it. An answer citing no digest was given on a version that stated none (its report stated
 * none then, or it was stored before digests): stale once its report states one.
 */
class ApprovalBoundToContentTest extends ClockedAggregateRuleTest<ValidationReview> {

    /** The reports' current versions, as the trail would know them; an erratum is a change of this map. */
    private static final Map<String, String> CURRENT = new HashMap<>();

    ApprovalBoundToContentTest() {
        super(new MutableClock(NOW), clock -> ReviewFixtures.fixture(clock, composed(),
                reportId -> Optional.ofNullable(CURRENT.get(reportId))));
    }

    @BeforeEach
    void theFinalVersionsAreCurrent() {
        CURRENT.clear();
        CURRENT.put(AUDIT.reportId(), AUDIT_FINAL);
        CURRENT.put(DIALOGUE.reportId(), DIALOGUE_FINAL);
    }

    @Test
    void anAnswerCitesTheDigestOfTheCurrentVersionOfItsReport() {
        accepted(opened(), answer(AUDIT_FINAL), answered(AUDIT_FINAL));
    }

    @Test
    void anAnswerWithoutADigestIsRefusedWhereTheReportHasOne() {
        refused(opened(), answer(null), ValidationRule.APPROVED_DIGEST_REQUIRED);
    }

    @Test
    void anAnswerOnAVersionThatIsNotCurrentIsRefusedAsStale() {
        CURRENT.put(AUDIT.reportId(), AUDIT_ERRATUM);
        refused(opened(), answer(AUDIT_FINAL), ValidationRule.STALE_CONTENT);
        refused(opened(), answer("0".repeat(64)), ValidationRule.STALE_CONTENT);
    }

    @Test
    void anAnswerOnAReportWhoseProducerStatesNoDigestCitesNone() {
        CURRENT.clear();
        accepted(opened(), answer(null), answered(null));
        refused(opened(), answer(AUDIT_FINAL), ValidationRule.STALE_CONTENT);
    }

    @Test
    void theConclusionRecordsTheValidationReportAndItsDigest() {
        ValidationReportContent content = concludedContent();
        accepted(everythingAnsweredOnTheFinalVersions(), new ConcludeValidationReview(REVIEW, content.conclusion(), CHAIR,
                null), new ValidationReviewConcluded(COMMITTEE, REVIEW, content.conclusion(), content, content.digest(),
                CHAIR, NOW));
        assertThat(content.digest()).as("lower-case hex SHA-256 of what is stored").matches("[0-9a-f]{64}")
                .isEqualTo(new ValidationReportContent(content.reviewId(), content.title(), content.questionSetId(),
                        content.questionSetVersion(), content.reports(), content.answers(), content.conclusion()).digest())
                .isNotEqualTo(new ValidationReportContent(content.reviewId(), content.title(), content.questionSetId(),
                        content.questionSetVersion(), content.reports(), content.answers(), "Anders").digest());
    }

    @Test
    void aReviewDoesNotConcludeOnAnswersAnErratumMadeStale() {
        CURRENT.put(AUDIT.reportId(), AUDIT_ERRATUM);
        refused(everythingAnsweredOnTheFinalVersions(), new ConcludeValidationReview(REVIEW, "Conclusie", CHAIR, null),
                ValidationRule.STALE_CONTENT);
    }

    @Test
    void theBoardReactsCitingTheDigestOfTheConcludedValidationReport() {
        String digest = concludedContent().digest();
        accepted(concludedOnTheFinalVersions(), new RecordBoardReaction(REVIEW, "Akkoord", digest, BOARD, null),
                new BoardReactionRecorded(COMMITTEE, REVIEW, "Akkoord", digest, BOARD, NOW));
        refused(concludedOnTheFinalVersions(), new RecordBoardReaction(REVIEW, "Akkoord", null, BOARD, null),
                ValidationRule.APPROVED_DIGEST_REQUIRED);
        refused(concludedOnTheFinalVersions(), new RecordBoardReaction(REVIEW, "Akkoord", AUDIT_FINAL, BOARD, null),
                ValidationRule.STALE_CONTENT);
    }

    @Test
    void aReviewConcludedBeforeDigestsTakesTheBoardsReactionWithoutOne() {
        List<Object> concludedBeforeDigests = plus(everythingAnswered(), new ValidationReviewConcluded(COMMITTEE, REVIEW,
                "Conclusie", null, null, CHAIR, NOW));
        accepted(concludedBeforeDigests, new RecordBoardReaction(REVIEW, "Akkoord", null, BOARD, null),
                new BoardReactionRecorded(COMMITTEE, REVIEW, "Akkoord", null, BOARD, NOW));
    }

    @Test
    void anAnswerGivenWithoutADigestIsStaleOnceAnErratumGivesItsReportOne() {
        CURRENT.clear();
        CURRENT.put(AUDIT.reportId(), AUDIT_ERRATUM);
        refused(everythingAnswered(), new ConcludeValidationReview(REVIEW, "Conclusie", CHAIR, null),
                ValidationRule.STALE_CONTENT);
    }

    @Test
    void anAnswerGivenWithoutADigestHoldsWhileItsReportStatesNone() {
        CURRENT.clear();
        fixture.given(everythingAnswered()).when(new ConcludeValidationReview(REVIEW, "Conclusie", CHAIR, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAnswerGivenWithoutADigestRevisedOnTheCurrentVersionLetsTheReviewConclude() {
        CURRENT.clear();
        CURRENT.put(AUDIT.reportId(), AUDIT_ERRATUM);
        List<Object> history = new ArrayList<>(everythingAnswered());
        for (ValidationQuestion question : QUESTIONS) {
            history.add(new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-" + history.size(), AUDIT.reportId(),
                    question.questionId(), Answer.YES, "Opnieuw gezien", "earlier", "Het erratum", AUDIT_ERRATUM,
                    FROM_30XY, NOW));
        }
        fixture.given(history).when(new ConcludeValidationReview(REVIEW, "Conclusie", CHAIR, null))
                .expectSuccessfulHandlerExecution();
    }

    private static AnswerValidationQuestion answer(String digest) {
        return new AnswerValidationQuestion(REVIEW, AUDIT.reportId(), "V1", Answer.YES, "Gezien in versie 2", null, digest,
                FROM_30XY, null);
    }

    private static ValidationQuestionAnswered answered(String digest) {
        return new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", AUDIT.reportId(), "V1", Answer.YES,
                "Gezien in versie 2", null, null, digest, FROM_30XY, NOW);
    }

}
