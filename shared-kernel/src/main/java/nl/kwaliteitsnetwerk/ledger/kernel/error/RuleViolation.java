package nl.kwaliteitsnetwerk.ledger.kernel.error;

import java.util.Objects;

/** A command refused because it breaks a named rule; nothing was changed. */
public class RuleViolation extends RuntimeException {

    private final transient ErrorCode errorCode;

    public RuleViolation(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The one answer for a record that does not exist and for one the caller may not see, on commands
     * as on reads: the same code and the same words, so that no answer confirms that it exists.
     */
    public static RuleViolation notFound(String id) {
        return new RuleViolation(CommonErrors.NOT_FOUND, "Nothing with id " + id + " that you may see.");
    }

    /** Throws a violation of {@code code} unless {@code holds} is true. */
    public static void require(boolean holds, ErrorCode code, String message) {
        if (!holds) {
            throw new RuleViolation(code, message);
        }
    }
}
