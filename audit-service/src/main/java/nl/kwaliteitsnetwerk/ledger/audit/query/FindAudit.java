package nl.kwaliteitsnetwerk.ledger.audit.query;

/** The read model of one audit. */
public record FindAudit(String auditId) {
}
