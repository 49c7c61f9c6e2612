package nl.kwaliteitsnetwerk.ledger.audit.api;

/** A command on one follow-up action of a published audit, which the audit routes to that action. */
public sealed interface FollowUpCommand extends AuditCommand permits ReportFollowUpDone, AcceptFollowUp, ReopenFollowUp {

    String followUpId();
}
