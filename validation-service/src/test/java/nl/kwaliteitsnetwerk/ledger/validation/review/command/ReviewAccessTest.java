package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads how much of a review, at each status: the one rule of the reads and of the committee's refusals. */
class ReviewAccessTest {

    @Test
    void theCommitteeAndTheBoardReadAllOfEveryReview() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(ReviewAccess.of(holding(Role.VALIDATION_COMMITTEE), status)).isEqualTo(Access.FULL);
            assertThat(ReviewAccess.of(holding(Role.NETWORK_BOARD), status)).isEqualTo(Access.FULL);
        }
    }

    @Test
    void administratorsReadThePlanningUntilPublicationAndEveryoneThePublicReportAfter() {
        for (ReviewStatus status : EnumSet.complementOf(EnumSet.of(ReviewStatus.PUBLISHED))) {
            assertThat(ReviewAccess.of(holding(Role.ADMINISTRATOR), status)).isEqualTo(Access.SUMMARY);
            assertThat(ReviewAccess.of(holding(Role.INSPECTORATE), status)).isEqualTo(Access.NONE);
            assertThat(ReviewAccess.of(new Viewer("roc", Set.of(Role.INSTITUTION), "29WT"), status)).isEqualTo(Access.NONE);
        }
        assertThat(ReviewAccess.of(holding(Role.ADMINISTRATOR), ReviewStatus.PUBLISHED)).isEqualTo(Access.PUBLIC);
        assertThat(ReviewAccess.of(holding(Role.INSPECTORATE), ReviewStatus.PUBLISHED)).isEqualTo(Access.PUBLIC);
        assertThat(ReviewAccess.of(holding(), ReviewStatus.PUBLISHED)).isEqualTo(Access.PUBLIC);
    }

    @Test
    void oneWhoActsIsJudgedInTheRoleTheActIsRecordedIn() {
        Viewer boardMemberActingAsAdministrator = Viewer.of(Actor.of("board", Role.ADMINISTRATOR));
        assertThat(ReviewAccess.of(boardMemberActingAsAdministrator, ReviewStatus.OPEN)).isEqualTo(Access.SUMMARY);
        assertThat(ReviewAccess.of(Viewer.of(Actor.of("vc-1", Role.VALIDATION_COMMITTEE)), ReviewStatus.OPEN))
                .isEqualTo(Access.FULL);
    }

    private static Viewer holding(Role... roles) {
        return new Viewer("someone", Set.of(roles), null);
    }
}
