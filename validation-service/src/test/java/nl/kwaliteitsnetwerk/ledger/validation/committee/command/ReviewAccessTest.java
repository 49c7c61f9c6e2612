package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads how much of a review, at each status: the one rule of the reads and of the committee's refusals. */
class ReviewAccessTest {

    @Test
    void theCommitteeAndTheBoardReadAllOfEveryReview() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(ReviewAccess.of(Set.of(Role.VALIDATION_COMMITTEE), status)).isEqualTo(ReviewAccess.FULL);
            assertThat(ReviewAccess.of(Set.of(Role.NETWORK_BOARD), status)).isEqualTo(ReviewAccess.FULL);
        }
    }

    @Test
    void administratorsReadThePlanningUntilPublicationAndEveryoneThePublicReportAfter() {
        for (ReviewStatus status : EnumSet.complementOf(EnumSet.of(ReviewStatus.PUBLISHED))) {
            assertThat(ReviewAccess.of(Set.of(Role.ADMINISTRATOR), status)).isEqualTo(ReviewAccess.SUMMARY);
            assertThat(ReviewAccess.of(Set.of(Role.INSPECTORATE), status)).isEqualTo(ReviewAccess.NONE);
            assertThat(ReviewAccess.of(Set.of(Role.INSTITUTION), status)).isEqualTo(ReviewAccess.NONE);
        }
        assertThat(ReviewAccess.of(Set.of(Role.ADMINISTRATOR), ReviewStatus.PUBLISHED)).isEqualTo(ReviewAccess.PUBLIC);
        assertThat(ReviewAccess.of(Set.of(Role.INSPECTORATE), ReviewStatus.PUBLISHED)).isEqualTo(ReviewAccess.PUBLIC);
        assertThat(ReviewAccess.of(Set.of(), ReviewStatus.PUBLISHED)).isEqualTo(ReviewAccess.PUBLIC);
    }
}
