package nl.kwaliteitsnetwerk.ledger.audit.api;

/** A command on a finding already recorded, which the audit routes to that finding. */
public sealed interface FindingChange extends AuditCommand permits CorrectFinding, RetractFinding {

    String findingId();
}
