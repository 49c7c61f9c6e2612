package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewFixtures.*;

/**
 * A command acts only on the version of the peer review its sender saw, compared by the review itself once
 * it has decided the sender may see it: another process guide learns no version, and one behind or ahead is stale.
 */
class PeerReviewVersionTest extends ExpectedVersionRuleTest<PeerReview> {

    PeerReviewVersionTest() {
        super(PeerReviewFixtures.fixture(new MutableClock(NOW)), PeerReview.class);
    }

    @Override
    protected List<Command> everyCommand() {
        return List.of(
                (who, version) -> new HoldPeerSession(REVIEW, null, null, null, null, null, who, version),
                (who, version) -> new RecordTeamReport(REVIEW, null, null, null, null, who, version),
                (who, version) -> new CompletePeerReview(REVIEW, who, version));
    }

    @Override
    protected List<Object> history() {
        return visited();
    }

    /** Administrators see a peer review's planning data, so the version is what refuses them here. */
    @Override
    protected Actor seer() {
        return ADMIN;
    }

    @Override
    protected Actor hiddenFrom() {
        return OTHER_GUIDE;
    }

    @Override
    protected String unknownIdOf(Object command) {
        return ((PeerReviewCommand) command).peerReviewId();
    }

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        fixture.given(visited())
                .when(new RecordTeamReport(REVIEW, "zorg", "Vaste BPV-begeleider", "Rapport team Zorg", null, GUIDE,
                        current()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TeamReportRecorded(REVIEW, "zorg", 1, "Vaste BPV-begeleider", "Rapport team Zorg", null,
                        GUIDE, NOW))
                .expectResultMessagePayload(current() + 1);
    }
}
