package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;

/**
 * A command acts only on the version of the committee its sender saw, compared by the committee itself: on a
 * review, once it has decided the sender may see the review (an inspector learns no version of one they may
 * not); on the committee, which everyone signed in may know, first of all. A review has no version of its
 * own: it lives inside the committee, so a change anywhere in the committee makes a version sent for it stale.
 */
class CommitteeVersionTest extends ExpectedVersionRuleTest<ValidationCommittee> {

    private static final Actor INSPECTOR = Actor.of("inspector", Role.INSPECTORATE);

    CommitteeVersionTest() {
        super(CommitteeFixtures.fixture(new MutableClock(NOW)), ValidationCommittee.class);
    }

    @Override
    protected List<Command> everyCommand() {
        return List.of(
                (who, version) -> new ChangeMembership(COMMITTEE, null, null, null, null, who, version),
                (who, version) -> new OpenValidationReview(COMMITTEE, "review-2028", null, null, null, null, who, version),
                (who, version) -> new AnswerValidationQuestion(COMMITTEE, REVIEW, null, null, null, null, null, who, version),
                (who, version) -> new ConcludeValidationReview(COMMITTEE, REVIEW, null, who, version),
                (who, version) -> new RecordBoardReaction(COMMITTEE, REVIEW, null, who, version),
                (who, version) -> new PublishValidationReport(COMMITTEE, REVIEW, null, who, version));
    }

    @Override
    protected List<Object> history() {
        return reviewOpened();
    }

    /** Administrators see every review's planning data, so the version is what refuses them here. */
    @Override
    protected Actor seer() {
        return ADMIN;
    }

    @Override
    protected Actor hiddenFrom() {
        return INSPECTOR;
    }

    /** The committee's composition is public; only its reviews are hidden until published. */
    @Override
    protected boolean aboutWhatIsHidden(Object command) {
        return command instanceof ReviewCommand;
    }

    @Override
    protected String unknownIdOf(Object command) {
        return ((ReviewCommand) command).reviewId();
    }

    @Test
    void aChangeOfMembershipMakesTheVersionAMemberSawOfAReviewStale() {
        List<Object> history = everythingAnswered();
        long seenOfTheReview = history.size() - 1;
        List<Object> afterAChange = plus(history, new MembershipChanged(COMMITTEE, "vc-5", council("vc-6", "34GH"),
                "vc-chair", LocalDate.parse("2028-01-01"), "Termijn verstreken", ADMIN, NOW));
        fixture.given(afterAChange)
                .when(new ConcludeValidationReview(COMMITTEE, REVIEW, "Goed toegepast.", CHAIR, seenOfTheReview))
                .expectNoEvents()
                .expectException(violates(CommonErrors.STALE_VERSION))
                .expectExceptionMessage(StaleVersion.detail(seenOfTheReview, seenOfTheReview + 1));
    }

    @Test
    void aCommandOnAReviewNamingTheCommitteesVersionIsAccepted() {
        List<Object> history = everythingAnswered();
        accepted(history, new ConcludeValidationReview(COMMITTEE, REVIEW, "Goed toegepast.", CHAIR, (long) history.size() - 1),
                new ValidationReviewConcluded(COMMITTEE, REVIEW, "Goed toegepast.", CHAIR, NOW));
    }

    @Test
    void aCommandOnTheCommitteeNamingItsVersionIsAccepted() {
        List<Object> history = reviewOpened();
        CommitteeMember joining = council("vc-6", "34GH");
        LocalDate on = LocalDate.parse("2028-01-01");
        accepted(history, new ChangeMembership(COMMITTEE, "vc-5", joining, on, "Termijn verstreken", ADMIN,
                        (long) history.size() - 1),
                new MembershipChanged(COMMITTEE, "vc-5", joining, "vc-chair", on, "Termijn verstreken", ADMIN, NOW));
    }
}
