package nl.kwaliteitsnetwerk.ledger.kernel.integration;

/** The Kafka topics services publish their integration events on; keyed by aggregate id. */
public final class IntegrationTopics {

    public static final String AUDITS = "qal.audits.v1";
    /** Institutional dialogues, peer reviews and panel reviews. */
    public static final String DIALOGUES = "qal.dialogues.v1";
    /** The validation committee: its composition, its reviews, their publication. */
    public static final String VALIDATION = "qal.validation.v1";

    /**
     * The public feeds, one per service because each service's ledger is its own chain: every commit
     * in order of position, with the public facts it tells (see PublicFeedEntry), and the signed digests.
     */
    public static final String PUBLIC_AUDITS = "qal.public.audits.v1";
    public static final String PUBLIC_DIALOGUES = "qal.public.dialogues.v1";
    public static final String PUBLIC_VALIDATION = "qal.public.validation.v1";

    private IntegrationTopics() {
    }
}
