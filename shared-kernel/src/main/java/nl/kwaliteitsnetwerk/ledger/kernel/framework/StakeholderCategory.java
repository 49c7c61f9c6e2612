package nl.kwaliteitsnetwerk.ledger.kernel.framework;

/**
 * The groups whose people take part in dialogue and review sessions. Counted, never named. The
 * external ones are those the minister asks to take part in the assessment itself, not only to be
 * consulted (letter of December 2020).
 */
public enum StakeholderCategory {
    /** bestuur */
    BOARD(false),
    /** management */
    MANAGEMENT(false),
    /** docenten */
    TEACHERS(false),
    /** onderwijsondersteunend personeel */
    SUPPORT_STAFF(false),
    /** studenten */
    STUDENTS(true),
    /** werkveld, leerbedrijven */
    EMPLOYERS(true),
    /** alumni */
    ALUMNI(true),
    /** regionale partners */
    REGIONAL_PARTNERS(true),
    /** vakgenoten van andere instellingen */
    PEERS(true);

    private final boolean external;

    StakeholderCategory(boolean external) {
        this.external = external;
    }

    public boolean isExternal() {
        return external;
    }
}
