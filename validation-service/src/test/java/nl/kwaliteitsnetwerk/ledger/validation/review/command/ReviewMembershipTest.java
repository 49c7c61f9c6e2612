package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationRule;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ApplyMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;

/**
 * A review follows the committee's changes of membership, each once, by the committee's sequence number: from
 * then on a member who left does not answer, one who joined does, and a new chair concludes and publishes.
 */
class ReviewMembershipTest extends ClockedAggregateRuleTest<ValidationReview> {

    private static final Actor VC_5 = Actor.of("vc-5", Role.VALIDATION_COMMITTEE);
    private static final Actor VC_6 = Actor.of("vc-6", Role.VALIDATION_COMMITTEE);
    private static final Actor NEW_CHAIR = Actor.of("vc-chair2", Role.VALIDATION_COMMITTEE);

    ReviewMembershipTest() {
        super(new MutableClock(NOW), ReviewFixtures::fixture);
    }

    @Test
    void aChangeOfTheCommitteeIsAppliedToTheReview() {
        accepted(opened(), applying(vc5ReplacedByVc6(), 1), vc5ReplacedByVc6In(1));
    }

    @Test
    void aChangeIsAppliedOnceSoARedeliveryChangesNothing() {
        List<Object> applied = plus(opened(), vc5ReplacedByVc6In(1));
        fixture.given(applied).when(applying(vc5ReplacedByVc6(), 1))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(1L);
    }

    @Test
    void aChangeTheReviewWasOpenedUnderChangesNothing() {
        fixture.given(List.<Object>of(openedUnder(1))).when(applying(vc5ReplacedByVc6(), 1))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aPublishedReviewTakesNoChangeOfMembership() {
        fixture.given(published()).when(applying(vc5ReplacedByVc6(), 1)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aMemberWhoLeftNoLongerAnswersAndOneWhoJoinedDoes() {
        List<Object> changed = plus(opened(), vc5ReplacedByVc6In(1));
        accepted(opened(), answer(VC_5), answered(VC_5));
        refused(changed, answer(VC_5), ValidationRule.ONLY_MEMBER);
        refused(opened(), answer(VC_6), ValidationRule.ONLY_MEMBER);
        accepted(changed, answer(VC_6), answered(VC_6));
    }

    @Test
    void theNewChairConcludesTheReviewAndTheOneWhoLeftNoLonger() {
        MembershipChanged change = newExternalChair();
        List<Object> changed = plus(everythingAnswered(), new ReviewMembershipChanged(COMMITTEE, REVIEW, 1,
                change.leavingUserId(), change.joining(), change.chairUserId(), change.effectiveOn(), ADMIN, NOW));
        refused(changed, new ConcludeValidationReview(REVIEW, "Conclusie", CHAIR, null), ValidationRule.ONLY_CHAIR);
        accepted(changed, new ConcludeValidationReview(REVIEW, "Conclusie", NEW_CHAIR, null),
                concludedAfter(changed, "Conclusie", NEW_CHAIR));
    }

    private static ApplyMembershipChange applying(MembershipChanged change, long committeeSequence) {
        return new ApplyMembershipChange(REVIEW, committeeSequence, change, null);
    }

    private static AnswerValidationQuestion answer(Actor member) {
        return new AnswerValidationQuestion(REVIEW, "audit-1", "V1", Answer.YES, "Gezien", null, null, member, null);
    }

    private static ValidationQuestionAnswered answered(Actor member) {
        return new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", "audit-1", "V1", Answer.YES, "Gezien", null,
                null, null, member, NOW);
    }
}
