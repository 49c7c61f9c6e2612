package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ApplyMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.PublishValidationReport;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The validation report's digest is verified on every load: the review recomputes it from the content stored beside
 * it, and a conclusion whose content no longer hashes to its stored digest (changed in the store) is a break in the
 * ledger. The review then takes no command, not even the board's reaction citing the old digest (ledger-integrity,
 * 503), and its view marks the break so that the web side serves nothing of it. A lone surrogate has no UTF-8 form,
 * so a content holding one has no digest: it is refused, never hashed as '?'.
 */
class ValidationReviewIntegrityTest extends ClockedAggregateRuleTest<ValidationReview> {

    ValidationReviewIntegrityTest() {
        super(new MutableClock(NOW), clock -> ReviewFixtures.fixture(clock, composed(), finalVersions()));
    }

    @Test
    void aConclusionWhoseContentNoLongerHashesToItsDigestIsABreakThatRefusesTheBoardsReaction() {
        refused(alteredInTheStore(), new RecordBoardReaction(REVIEW, "Akkoord", concludedContent().digest(), BOARD, null),
                CommonErrors.LEDGER_INTEGRITY);
    }

    @Test
    void aReviewWhoseValidationReportDoesNotVerifyTakesNoCommandAtAll() {
        List<Object> reacted = plus(alteredInTheStore(), new BoardReactionRecorded(COMMITTEE, REVIEW, "Akkoord", concludedContent().digest(), BOARD, NOW));
        refused(reacted, new PublishValidationReport(REVIEW, "Samenvatting", CHAIR, null), CommonErrors.LEDGER_INTEGRITY);
        refused(reacted, new ApplyMembershipChange(REVIEW, 1, vc5ReplacedByVc6(), null), CommonErrors.LEDGER_INTEGRITY);
    }

    @Test
    void aConclusionStoredWithADigestButWithoutItsContentIsABreak() {
        List<Object> history = new ArrayList<>(everythingAnsweredOnTheFinalVersions());
        history.add(new ValidationReviewConcluded(COMMITTEE, REVIEW, "Conclusie", null, concludedContent().digest(), CHAIR,
                NOW));
        refused(history, new RecordBoardReaction(REVIEW, "Akkoord", concludedContent().digest(), BOARD, null),
                CommonErrors.LEDGER_INTEGRITY);
    }

    @Test
    void aBreakNamesNoReviewToOneWhoMayNotSeeIt() {
        refused(alteredInTheStore(), new RecordBoardReaction(REVIEW, "Akkoord", concludedContent().digest(),
                Actor.forInstitution("roc", "29WT"), null), CommonErrors.NOT_FOUND);
    }

    @Test
    void aConclusionThatVerifiesTakesTheBoardsReaction() {
        String digest = concludedContent().digest();
        accepted(concludedOnTheFinalVersions(), new RecordBoardReaction(REVIEW, "Akkoord", digest, BOARD, null),
                new BoardReactionRecorded(COMMITTEE, REVIEW, "Akkoord",
                        digest, BOARD, NOW));
    }

    @Test
    void theViewOfAReviewWhoseValidationReportDoesNotVerifyMarksTheBreak() {
        assertThat(folded(alteredInTheStore()).integrityBreak).startsWith("report-digest-mismatch");
        assertThat(folded(concludedOnTheFinalVersions()).integrityBreak).as("one that verifies").isNull();
        assertThat(folded(concluded()).integrityBreak).as("concluded on reports without digests").isNull();
        assertThat(folded(plus(everythingAnswered(), new ValidationReviewConcluded(COMMITTEE, REVIEW, "Conclusie", null,
                null, CHAIR, NOW))).integrityBreak).as("concluded before digests: nothing to verify").isNull();
    }

    @Test
    void aValidationReportWithALoneSurrogateHasNoDigest() {
        ValidationReportContent content = concludedContent();
        ValidationReportContent lone = withConclusion(content, "Conclusie \uD800");
        ValidationReportContent questionMark = withConclusion(content, "Conclusie ?");
        assertThatThrownBy(lone::digest).isInstanceOf(InvalidText.class)
                .extracting(e -> ((InvalidText) e).field()).isEqualTo("conclusion");
        assertThat(questionMark.digest()).matches("[0-9a-f]{64}");
        assertThat(withConclusion(content, "Conclusie \uD83D\uDE00").digest()).as("a pair is well-formed")
                .isNotEqualTo(questionMark.digest());
    }

    @Test
    void aConclusionWithALoneSurrogateIsRefused() {
        refused(everythingAnsweredOnTheFinalVersions(), new ConcludeValidationReview(REVIEW, "Conclusie \uDC00", CHAIR,
                null), CommonErrors.INVALID_TEXT);
    }

    @Test
    void anAnswerWhoseReasoningHasALoneSurrogateIsRefused() {
        refused(opened(), new AnswerValidationQuestion(REVIEW, AUDIT.reportId(), "V1", Answer.YES, "Gezien \uD800", null,
                AUDIT_FINAL, FROM_30XY, null), CommonErrors.INVALID_TEXT);
    }

    @Test
    void aStoredValidationReportWithALoneSurrogateIsABreak() {
        ValidationReportContent lone = withConclusion(concludedContent(), "Conclusie \uD800");
        List<Object> history = plus(everythingAnsweredOnTheFinalVersions(), new ValidationReviewConcluded(COMMITTEE,
                REVIEW, lone.conclusion(), lone, withConclusion(lone, "Conclusie ?").digest(), CHAIR, NOW));
        refused(history, new RecordBoardReaction(REVIEW, "Akkoord", withConclusion(lone, "Conclusie ?").digest(), BOARD,
                null), CommonErrors.LEDGER_INTEGRITY);
        assertThat(folded(history).integrityBreak).startsWith("report-digest-mismatch");
    }

    /** Concluded on the final versions, then the conclusion's text changed in the store, its digest left as it was. */
    private static List<Object> alteredInTheStore() {
        ValidationReportContent original = concludedContent();
        ValidationReportContent altered = withConclusion(original, "Een andere conclusie");
        return plus(everythingAnsweredOnTheFinalVersions(), new ValidationReviewConcluded(COMMITTEE, REVIEW,
                altered.conclusion(), altered, original.digest(), CHAIR, NOW));
    }

    private static ValidationReportContent withConclusion(ValidationReportContent content, String conclusion) {
        return new ValidationReportContent(content.reviewId(), content.title(), content.questionSetId(),
                content.questionSetVersion(), content.reports(), content.answers(), conclusion);
    }

    private static ReviewView folded(List<Object> history) {
        ReviewView view = new ReviewView();
        for (int i = 0; i < history.size(); i++) {
            ReviewView.apply(view, (ReviewEvent) history.get(i), i);
        }
        return view;
    }
}
