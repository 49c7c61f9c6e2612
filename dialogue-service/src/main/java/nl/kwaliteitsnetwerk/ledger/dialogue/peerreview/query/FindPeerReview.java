package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

/** The view of one peer review. */
public record FindPeerReview(String peerReviewId) {
}
