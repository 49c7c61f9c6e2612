package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A peer review started. */
public record PeerReviewStarted(String peerReviewId,
        String title,
        Assessor processGuide,
        List<PeerTeam> teams,
        Actor actor,
        Instant occurredAt) implements PeerReviewEvent {
}
