package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import org.junit.jupiter.api.Test;

import static nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command.PeerReviewFixtures.*;

/**
 * A command acts only on the version of the peer review its sender saw, compared by the review itself once
 * it has decided the sender may see it: another process guide learns no version, and one behind or ahead is stale.
 */
class PeerReviewVersionTest extends ExpectedVersionRuleTest<PeerReview> {

    /** Administrators see a peer review's planning data, so the version is what refuses them here. */
    PeerReviewVersionTest() {
        super(PeerReviewFixtures.fixture(new MutableClock(NOW)), PeerReview.class,
                new Stage(visited(), ADMIN, OTHER_GUIDE, command -> ((PeerReviewCommand) command).peerReviewId()),
                (who, version) -> new HoldPeerSession(REVIEW, null, null, null, null, null, who, version),
                (who, version) -> new RecordTeamReport(REVIEW, null, null, null, null, who, version),
                (who, version) -> new CompletePeerReview(REVIEW, who, version));
    }

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        accepted(visited(),
                new RecordTeamReport(REVIEW, "zorg", "Vaste BPV-begeleider", "Rapport team Zorg", null, GUIDE, current()),
                new TeamReportRecorded(REVIEW, "zorg", 1, "Vaste BPV-begeleider", "Rapport team Zorg", null, GUIDE, NOW));
    }
}
