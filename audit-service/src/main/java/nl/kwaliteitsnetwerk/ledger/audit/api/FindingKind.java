package nl.kwaliteitsnetwerk.ledger.audit.api;

/** What a finding says about the institution; improvement points become follow-up actions. */
public enum FindingKind {
    STRENGTH,
    IMPROVEMENT_POINT,
    OBSERVATION
}
