package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

/** Where a peer review stands. */
public enum PeerReviewStatus {
    STARTED,
    IN_PROGRESS,
    COMPLETED
}
