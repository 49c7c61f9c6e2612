package nl.kwaliteitsnetwerk.ledger.kernel.identity;

/** The roles a caller can hold in the ledger; they decide what a caller may read and do. */
public enum Role {
    LEAD_AUDITOR,
    AUDITOR,
    INSTITUTION,
    QUALITY_COUNCIL,
    VALIDATION_COMMITTEE,
    INSPECTORATE,
    ADMINISTRATOR;

    /** The authority name Spring Security uses for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
