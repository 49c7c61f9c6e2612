package nl.kwaliteitsnetwerk.ledger.platform.errors;

import java.io.IOException;

/** A request body grew past the limit while it was read (a chunked body has no Content-Length to check first). */
public class PayloadTooLarge extends IOException {

    public PayloadTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
