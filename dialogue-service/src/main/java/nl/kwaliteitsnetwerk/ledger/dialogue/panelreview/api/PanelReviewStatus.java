package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

/** Where a panel review stands. */
public enum PanelReviewStatus {
    SCHEDULED,
    PANEL_COMPOSED,
    REPORT_ISSUED,
    PUBLISHED
}
