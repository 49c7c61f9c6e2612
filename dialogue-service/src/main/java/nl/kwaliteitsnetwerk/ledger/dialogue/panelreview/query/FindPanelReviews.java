package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

/** The panel reviews of an institution; null for all. */
public record FindPanelReviews(String institutionCode) {
}
