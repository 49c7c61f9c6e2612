package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

/** The view of one panel review. */
public record FindPanelReview(String panelReviewId) {
}
