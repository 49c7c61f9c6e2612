package nl.kwaliteitsnetwerk.ledger.kernel.identity;

/** The roles a caller can hold in the ledger; they decide what a caller may read and do. */
public enum Role {
    LEAD_AUDITOR,
    AUDITOR,
    INSTITUTION,
    QUALITY_COUNCIL,
    /** A member of an institutional dialogue's committee (chair, secretary or member). */
    DIALOGUE_COMMITTEE,
    /** A member of a panel review's external panel. */
    PANEL_MEMBER,
    /** The process guide of a peer review, who keeps each conversation on its question. */
    PROCESS_GUIDE,
    VALIDATION_COMMITTEE,
    /** The board of the network (bestuur Stichting Kwaliteitsnetwerk mbo), which reacts to validation reports. */
    NETWORK_BOARD,
    INSPECTORATE,
    ADMINISTRATOR;

    /** The authority name Spring Security uses for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
