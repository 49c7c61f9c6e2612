package nl.kwaliteitsnetwerk.ledger.audit.api;

/**
 * An institutional audit of the network (every three years), a theme audit on request about one theme, or an
 * investigation of the inspectorate: a (re-)investigation of an institution's quality assurance, or the recovery
 * investigation that follows one that found shortcomings (the seed's BM Services case). An investigation's final
 * report sets the term of the inspectorate's follow-up supervision ({@link SupervisionTerm}).
 */
public enum AuditKind {
    INSTITUTIONAL,
    THEME,
    INSPECTORATE_INVESTIGATION,
    RECOVERY_INVESTIGATION;

    public boolean isInspectorateInvestigation() {
        return this == INSPECTORATE_INVESTIGATION || this == RECOVERY_INVESTIGATION;
    }
}
