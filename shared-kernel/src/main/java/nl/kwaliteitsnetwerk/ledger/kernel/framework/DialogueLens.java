package nl.kwaliteitsnetwerk.ledger.kernel.framework;

/**
 * What an observation in an institutional dialogue is about: one of the capacities (vermogens) of
 * the Dialoogmodel, or the institution's quality culture.
 */
public enum DialogueLens {
    /** responsief / adaptief vermogen */
    RESPONSIVE(true),
    /** professioneel vermogen */
    PROFESSIONAL(true),
    /** organiserend vermogen */
    ORGANISING(true),
    /** realiserend vermogen */
    REALISATION(true),
    /** onderwijskundig vermogen */
    EDUCATION(true),
    /** kwaliteitscultuur */
    QUALITY_CULTURE(false);

    private final boolean capacity;

    DialogueLens(boolean capacity) {
        this.capacity = capacity;
    }

    public boolean isCapacity() {
        return capacity;
    }
}
