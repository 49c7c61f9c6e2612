package nl.kwaliteitsnetwerk.ledger.platform.web;

/**
 * The version a client last saw, from its {@code If-Match} header, as a handler argument: the command
 * then acts only on that version (409 otherwise). {@link #any()} when the client sent none, or {@code *}.
 */
public record ExpectedVersion(Long value) {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion any() {
        return ANY;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(version);
    }

    /** The version for a command's {@code expectedVersion}: null means "whatever it is now". */
    public Long orAny() {
        return value;
    }
}
