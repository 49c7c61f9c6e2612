package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The peer review was completed; every team has its report. */
public record PeerReviewCompleted(String peerReviewId,
        Actor actor,
        Instant occurredAt) implements PeerReviewEvent {
}
