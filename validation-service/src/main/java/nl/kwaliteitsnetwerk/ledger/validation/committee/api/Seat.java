package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

/** Where a committee member's seat comes from. */
public enum Seat {
    /** the council of member institutions (Raad van Aangeslotenen) */
    COUNCIL,
    /** the external member, who chairs */
    EXTERNAL
}
