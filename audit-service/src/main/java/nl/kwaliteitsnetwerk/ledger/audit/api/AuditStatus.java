package nl.kwaliteitsnetwerk.ledger.audit.api;

/** Where an audit is in its lifecycle. */
public enum AuditStatus {
    SCHEDULED,
    TEAM_ASSIGNED,
    INTAKE_HELD,
    SITE_VISIT,
    VISIT_CLOSED,
    CONCEPT_ISSUED,
    REOPENED,
    FINALISED,
    PUBLISHED
}
