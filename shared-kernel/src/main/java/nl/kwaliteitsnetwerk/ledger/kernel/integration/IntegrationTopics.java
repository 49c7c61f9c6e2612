package nl.kwaliteitsnetwerk.ledger.kernel.integration;

/** The Kafka topics services publish their integration events on; keyed by aggregate id. */
public final class IntegrationTopics {

    public static final String AUDITS = "qal.audits.v1";

    private IntegrationTopics() {
    }
}
