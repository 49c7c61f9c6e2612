package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

/** The two visits of the network's cycle: the institutional audit and the institutional dialogue. */
public enum VisitKind { AUDIT, DIALOGUE }
