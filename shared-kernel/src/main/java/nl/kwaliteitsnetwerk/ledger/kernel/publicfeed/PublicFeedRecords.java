package nl.kwaliteitsnetwerk.ledger.kernel.publicfeed;

/**
 * The two kinds of record on a service's public topic, told apart by the header {@value #TYPE_HEADER}:
 * {@value #ENTRY} (a {@link PublicFeedEntry}, keyed by aggregate id) and {@value #SIGNED_DIGEST} (the
 * service's signed digest, keyed {@value #SIGNED_DIGEST}).
 */
public final class PublicFeedRecords {

    public static final String TYPE_HEADER = "qal-type";
    public static final String ENTRY = "entry";
    public static final String SIGNED_DIGEST = "signed-digest";

    private PublicFeedRecords() {
    }
}
