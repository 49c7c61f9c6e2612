package nl.kwaliteitsnetwerk.ledger.platform.web;

/**
 * An aggregate's version travels as an entity tag: responses carry {@code ETag: "7"} and a client
 * that wants to act only on what it saw sends {@code If-Match: "7"} ({@link ExpectedVersionResolver});
 * a stale one is answered 409.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
