package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ChangeMembership;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;

/**
 * A change of membership acts only on the version of the committee its sender saw, compared by the committee
 * itself, first of all: everyone signed in may know the committee. Its reviews have versions of their own
 * (ReviewVersionTest), so an answer to a review leaves the committee's version as it is, and the reverse.
 * (The committee takes no other command once composed, and hides nothing, so the shared ExpectedVersionRuleTest,
 * which wants a command about something hidden, does not fit it.)
 */
class CommitteeVersionTest extends ClockedAggregateRuleTest<ValidationCommittee> {

    private static final List<Object> HISTORY = plus(composed(), vc5ReplacedByVc6());

    CommitteeVersionTest() {
        super(new MutableClock(NOW), CommitteeFixtures::fixture);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 2, 1000})
    void aVersionBehindOrAheadOfTheCommitteesIsStaleAndRecordsNothing(long seen) {
        fixture.given(HISTORY).when(new ChangeMembership(COMMITTEE, null, null, null, null, ADMIN, seen))
                .expectNoEvents()
                .expectException(violates(CommonErrors.STALE_VERSION))
                .expectExceptionMessage(StaleVersion.detail(seen, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0})
    void aChangeNamingTheCommitteesVersionIsAccepted(long seen) {
        accepted(composed(), new ChangeMembership(COMMITTEE, "vc-5", vc5ReplacedByVc6().joining(), TERM_ENDS,
                "Termijn verstreken", ADMIN, seen), vc5ReplacedByVc6());
    }
}
