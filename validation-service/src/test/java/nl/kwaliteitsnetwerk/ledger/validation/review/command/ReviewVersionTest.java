package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ApplyMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.PublishValidationReport;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewCommand;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;

/**
 * A command on a review acts only on the version of the review its sender saw, compared by the review itself once
 * it has decided the sender may see it (an inspector learns no version of a review they may not see). The version
 * is the review's own: a step on another review, or a change of the committee's membership the review does not
 * take, leaves it as it is.
 */
class ReviewVersionTest extends ExpectedVersionRuleTest<ValidationReview> {

    /** Administrators see every review's planning data, so the version is what refuses them here. */
    ReviewVersionTest() {
        super(ReviewFixtures.fixture(new MutableClock(NOW)), ValidationReview.class,
                new Stage(opened(), ADMIN, Actor.of("inspector", Role.INSPECTORATE),
                        command -> ((ReviewCommand) command).reviewId()),
                (who, version) -> new AnswerValidationQuestion(REVIEW, null, null, null, null, null, null, who, version),
                (who, version) -> new ConcludeValidationReview(REVIEW, null, who, version),
                (who, version) -> new RecordBoardReaction(REVIEW, null, null, who, version),
                (who, version) -> new PublishValidationReport(REVIEW, null, who, version),
                (who, version) -> new ApplyMembershipChange(REVIEW, 1, vc5ReplacedByVc6(), version));
    }

    /** The service brings a change of membership to every review; no person sends it. */
    @Override
    protected boolean aboutWhatIsHidden(Object command) {
        return command instanceof ReviewCommand;
    }

    @Test
    void aCommandNamingTheReviewsOwnVersionIsAccepted() {
        List<Object> history = everythingAnswered();
        accepted(history, new ConcludeValidationReview(REVIEW, "Goed toegepast.", CHAIR, (long) history.size() - 1),
                concludedAfter(history, "Goed toegepast.", CHAIR));
    }

    @Test
    void aChangeOfMembershipTheReviewTookMakesTheVersionAMemberSawStale() {
        List<Object> history = everythingAnswered();
        long seen = history.size() - 1;
        fixture.given(plus(history, vc5ReplacedByVc6In(1)))
                .when(new ConcludeValidationReview(REVIEW, "Goed toegepast.", CHAIR, seen))
                .expectNoEvents()
                .expectException(violates(CommonErrors.STALE_VERSION))
                .expectExceptionMessage(StaleVersion.detail(seen, seen + 1));
    }
}
