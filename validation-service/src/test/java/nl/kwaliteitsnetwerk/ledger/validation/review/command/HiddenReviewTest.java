package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationRule;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.PublishValidationReport;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;

/**
 * A review is known to whom its reads show it ({@link ReviewAccess}): a command on one its sender may not see
 * is answered exactly as one on an id never used (the platform's answer to an aggregate not found, which
 * ReviewDisclosureApiTest compares through the API), and where the sender sees it, the refusal names its rule
 * but no person and no institution.
 */
class HiddenReviewTest extends ClockedAggregateRuleTest<ValidationReview> {

    private static final Actor INSPECTOR = Actor.of("inspector", Role.INSPECTORATE);
    private static final Actor INSTITUTION = Actor.forInstitution("roc", "29WT");

    HiddenReviewTest() {
        super(new MutableClock(NOW), ReviewFixtures::fixture);
    }

    @Test
    void aCommandOnAnUnpublishedReviewItsSenderMayNotSeeIsAnsweredAsOneOnAnIdNeverUsed() {
        for (Actor outsider : List.of(INSPECTOR, INSTITUTION)) {
            for (List<Object> history : List.of(opened(), concluded(), boardReacted())) {
                everyReviewCommand(REVIEW, outsider).forEach(command -> unknown(history, command, REVIEW));
            }
        }
    }

    @Test
    void anAdministratorSeesTheReviewsPlanningSoIsRefusedByTheRuleNotAsUnknown() {
        refused(opened(), new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "r", null, null,
                ADMIN, null), ValidationRule.ONLY_MEMBER);
        refused(everythingAnswered(), new ConcludeValidationReview(REVIEW, "c", ADMIN, null),
                ValidationRule.ONLY_CHAIR);
        refused(concluded(), new RecordBoardReaction(REVIEW, "r", null, ADMIN, null), ValidationRule.ONLY_BOARD);
    }

    @Test
    void oncePublishedEveryoneSeesTheReviewAndIsRefusedByItsRule() {
        List<Object> published = published();
        refused(published, new PublishValidationReport(REVIEW, "s", INSPECTOR, null), ValidationRule.ONLY_CHAIR);
        refused(published, new RecordBoardReaction(REVIEW, "r", null, INSTITUTION, null), ValidationRule.ONLY_BOARD);
        refused(published, new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "r", null, null,
                INSPECTOR, null), ValidationRule.ONLY_MEMBER);
    }

    @Test
    void aRefusalNamesItsRuleButNoPersonAndNoInstitution() {
        fixture.given(opened())
                .when(new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "r", null, null, FROM_29WT, null))
                .expectNoEvents().expectException(violates(ValidationRule.MEMBER_INDEPENDENT))
                .expectExceptionMessage("A member does not answer for the reports of the member institution they come from.");
    }

    private void unknown(List<Object> history, Object command, String reviewId) {
        fixture.given(history).when(command).expectNoEvents().expectException(violates(CommonErrors.NOT_FOUND))
                .expectExceptionMessage(RuleViolation.notFound(reviewId).getMessage());
    }

    private static List<Object> everyReviewCommand(String reviewId, Actor sender) {
        return List.of(
                new AnswerValidationQuestion(reviewId, "audit-1", "V1", Answer.YES, "r", null, null, sender, null),
                new ConcludeValidationReview(reviewId, "Conclusie", sender, null),
                new RecordBoardReaction(reviewId, "Reactie", null, sender, null),
                new PublishValidationReport(reviewId, "Samenvatting", sender, null));
    }
}
