package nl.kwaliteitsnetwerk.ledger.audit.api;

/** An institutional audit (every three years) or a theme audit on request about one theme. */
public enum AuditKind {
    INSTITUTIONAL,
    THEME
}
