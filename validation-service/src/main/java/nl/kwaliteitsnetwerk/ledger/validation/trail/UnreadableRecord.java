package nl.kwaliteitsnetwerk.ledger.validation.trail;

/**
 * A record of a followed topic that is no integration event the trail can read. Reading it again will
 * not change that, so it is parked at once. The message is the trail's own words (what is wrong and
 * where), never the record's text, and there is no cause: the parser's message would quote the record.
 */
public class UnreadableRecord extends RuntimeException {

    public UnreadableRecord(String reason) {
        super(reason, null, false, false);
    }
}
