package nl.kwaliteitsnetwerk.ledger.kernel.integration;

/** The Kafka topics services publish their integration events on; keyed by aggregate id. */
public final class IntegrationTopics {

    public static final String AUDITS = "qal.audits.v1";
    /** Institutional dialogues, peer reviews and panel reviews. */
    public static final String DIALOGUES = "qal.dialogues.v1";
    /** The validation committee: its composition, its reviews, their publication. */
    public static final String VALIDATION = "qal.validation.v1";

    private IntegrationTopics() {
    }
}
