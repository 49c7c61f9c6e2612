package nl.kwaliteitsnetwerk.ledger.platform.errors;

/** A query named something that does not exist, or that the caller may not know exists. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
