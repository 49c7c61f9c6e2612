package nl.kwaliteitsnetwerk.ledger.kernel.framework;

/**
 * What an observation in an institutional dialogue is about: one of the capacities (vermogens) of
 * the Dialoogmodel, or the institution's quality culture.
 */
public enum DialogueLens {
    /** responsief / adaptief vermogen */
    RESPONSIVE,
    /** professioneel vermogen */
    PROFESSIONAL,
    /** organiserend vermogen */
    ORGANISING,
    /** realiserend vermogen */
    REALISATION,
    /** onderwijskundig vermogen */
    EDUCATION,
    /** kwaliteitscultuur */
    QUALITY_CULTURE;

    /** Every lens but the quality culture is one of the model's capacities. */
    public boolean isCapacity() {
        return this != QUALITY_CULTURE;
    }
}
