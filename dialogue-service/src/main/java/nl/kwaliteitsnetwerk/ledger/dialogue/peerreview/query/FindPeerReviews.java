package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

/** The peer reviews a team of an institution took part in; null for all. */
public record FindPeerReviews(String institutionCode) {
}
