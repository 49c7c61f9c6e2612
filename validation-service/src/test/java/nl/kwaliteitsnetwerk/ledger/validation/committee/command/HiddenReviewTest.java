package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.AggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;

/**
 * A review is known to whom its reads show it ({@link ReviewAccess}): a command on one its sender may not see
 * is answered exactly as one on an id never used, and where the sender sees it, the refusal names its rule
 * but no person and no institution.
 */
class HiddenReviewTest extends AggregateRuleTest<ValidationCommittee> {

    private static final Actor INSPECTOR = Actor.of("inspector", Role.INSPECTORATE);
    private static final Actor INSTITUTION = Actor.forInstitution("roc", "29WT");
    private static final String NEVER_USED = "review-never-used";

    HiddenReviewTest() {
        super(CommitteeFixtures.fixture(new MutableClock(NOW)));
    }

    @Test
    void aCommandOnAnUnpublishedReviewItsSenderMayNotSeeIsAnsweredAsOneOnAnIdNeverUsed() {
        for (Actor outsider : List.of(INSPECTOR, INSTITUTION)) {
            for (List<Object> history : List.of(reviewOpened(), concluded(), boardReacted())) {
                everyReviewCommand(REVIEW, outsider).forEach(command -> unknown(history, command, REVIEW));
                everyReviewCommand(NEVER_USED, outsider).forEach(command -> unknown(history, command, NEVER_USED));
            }
        }
    }

    @Test
    void aCommandOnAnIdNeverUsedIsAnsweredTheSameWhoeverSendsIt() {
        for (Actor sender : List.of(CHAIR, FROM_30XY, BOARD, ADMIN)) {
            everyReviewCommand(NEVER_USED, sender).forEach(command -> unknown(reviewOpened(), command, NEVER_USED));
        }
    }

    @Test
    void anAdministratorSeesTheReviewsPlanningSoIsRefusedByTheRuleNotAsUnknown() {
        refused(reviewOpened(), new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.YES, "r", null,
                ADMIN, null), ValidationRule.ONLY_MEMBER);
        refused(everythingAnswered(), new ConcludeValidationReview(COMMITTEE, REVIEW, "c", ADMIN, null),
                ValidationRule.ONLY_CHAIR);
        refused(concluded(), new RecordBoardReaction(COMMITTEE, REVIEW, "r", ADMIN, null), ValidationRule.ONLY_BOARD);
    }

    @Test
    void oncePublishedEveryoneSeesTheReviewAndIsRefusedByItsRule() {
        List<Object> published = plus(boardReacted(),
                new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
        refused(published, new PublishValidationReport(COMMITTEE, REVIEW, "s", INSPECTOR, null), ValidationRule.ONLY_CHAIR);
        refused(published, new RecordBoardReaction(COMMITTEE, REVIEW, "r", INSTITUTION, null), ValidationRule.ONLY_BOARD);
        refused(published, new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.YES, "r", null,
                INSPECTOR, null), ValidationRule.ONLY_MEMBER);
    }

    @Test
    void aRefusalNamesItsRuleButNoPersonAndNoInstitution() {
        fixture.given(reviewOpened())
                .when(new AnswerValidationQuestion(COMMITTEE, REVIEW, "audit-1", "V1", Answer.YES, "r", null, FROM_29WT, null))
                .expectNoEvents().expectException(violates(ValidationRule.MEMBER_INDEPENDENT))
                .expectExceptionMessage("A member does not answer for the reports of the member institution they come from.");
        fixture.given(composed())
                .when(new ChangeMembership(COMMITTEE, "vc-9", council("vc-6", "34GH"), LocalDate.parse("2028-01-01"), "r",
                        ADMIN, null))
                .expectNoEvents().expectException(violates(ValidationRule.UNKNOWN_MEMBER))
                .expectExceptionMessage("The member who is to leave is not on the committee.");
    }

    private void unknown(List<Object> history, Object command, String reviewId) {
        fixture.given(history).when(command).expectNoEvents().expectException(violates(CommonErrors.NOT_FOUND))
                .expectExceptionMessage(RuleViolation.notFound(reviewId).getMessage());
    }

    private static List<Object> everyReviewCommand(String reviewId, Actor sender) {
        return List.of(
                new AnswerValidationQuestion(COMMITTEE, reviewId, "audit-1", "V1", Answer.YES, "r", null, sender, null),
                new ConcludeValidationReview(COMMITTEE, reviewId, "Conclusie", sender, null),
                new RecordBoardReaction(COMMITTEE, reviewId, "Reactie", sender, null),
                new PublishValidationReport(COMMITTEE, reviewId, "Samenvatting", sender, null));
    }
}
