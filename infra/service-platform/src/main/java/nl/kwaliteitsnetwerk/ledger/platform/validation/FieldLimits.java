package nl.kwaliteitsnetwerk.ledger.platform.validation;

/**
 * The bounds of the fields of every service's requests, one per kind of field, so that a code or a name
 * is as long wherever it is taken in, in the body as in a query parameter. Free texts (findings,
 * reasons, reports) keep the platform's one limit for every text instead.
 */
public final class FieldLimits {

    /** Ids, user ids and codes: an institution, a standard, a framework and its version, a judgement value. */
    public static final int CODE = 100;
    /** Names, titles, topics, themes and short labels. */
    public static final int NAME = 200;
    /** A document's title or reference, which may be a URL. */
    public static final int REFERENCE = 500;
    /** A question a dialogue or a team asks: one sentence of some substance, not an essay. */
    public static final int QUESTION = 2_000;
    /** Larger than any board number the network hands out: a bestuursnummer (such as 21274) has five digits. */
    public static final int MAX_BOARD_NUMBER = 999_999;
    /** The people one request names as a committee or a panel; no committee or panel is larger. */
    public static final int MEMBERS = 50;

    private FieldLimits() {
    }
}
