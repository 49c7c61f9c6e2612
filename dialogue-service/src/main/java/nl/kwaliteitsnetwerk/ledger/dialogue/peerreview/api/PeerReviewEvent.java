package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/** Every fact about a peer review says which review, who did it in which role, and when. */
public sealed interface PeerReviewEvent permits PeerReviewStarted, PeerSessionHeld, TeamReportRecorded,
        PeerReviewCompleted {

    String peerReviewId();

    Actor actor();

    Instant occurredAt();
}
