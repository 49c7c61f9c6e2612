package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

/** Whether a peer-review team is the team of one programme, or speaks for a whole institution. */
public enum TeamLevel {
    PROGRAMME,
    INSTITUTION
}
