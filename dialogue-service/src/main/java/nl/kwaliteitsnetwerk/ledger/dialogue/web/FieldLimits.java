package nl.kwaliteitsnetwerk.ledger.dialogue.web;

/**
 * The maximum lengths of the single-line texts of the dialogue service's requests, one per kind, so that
 * a name is as long wherever it is taken in. Free texts (observations, reports, reasons) keep the
 * platform's limit for every text.
 */
public final class FieldLimits {

    /** Ids, user ids, codes (an institution, a standard, a framework and its version, a judgement value). */
    public static final int CODE = 100;
    /** Names, titles, topics, themes, short labels. */
    public static final int NAME = 200;
    /** A reference to where a document is kept (a URL). */
    public static final int REFERENCE = 500;
    /** A question a dialogue or a team asks: one sentence of some substance, not an essay. */
    public static final int QUESTION = 2_000;
    /** How many people of one group take part in one session. */
    public static final int PARTICIPANTS_PER_GROUP = 10_000;
    /** A board number (bestuursnummer, such as 21274) is a small positive number; a million is out of its range. */
    public static final int BOARD_NUMBER = 999_999;

    private FieldLimits() {
    }
}
