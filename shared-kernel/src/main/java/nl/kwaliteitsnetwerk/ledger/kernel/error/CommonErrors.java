package nl.kwaliteitsnetwerk.ledger.kernel.error;

/** Error codes every service answers with in the same way. */
public enum CommonErrors implements ErrorCode {
    INVALID_REQUEST("invalid-request", ErrorCategory.INVALID_INPUT),
    FORBIDDEN("forbidden", ErrorCategory.NOT_PERMITTED),
    NOT_FOUND("not-found", ErrorCategory.NOT_FOUND),
    STALE_VERSION("stale-version", ErrorCategory.CONFLICT),
    CONCURRENT_MODIFICATION("concurrent-modification", ErrorCategory.CONFLICT),
    ALREADY_EXISTS("already-exists", ErrorCategory.CONFLICT),
    /** Text that is not well-formed Unicode, or holds noncharacters or control characters. */
    INVALID_TEXT("invalid-text", ErrorCategory.INVALID_INPUT),
    /** Text longer than any field of the API takes ({@code TextLimits.MAX_LENGTH}). */
    TEXT_TOO_LONG("text-too-long", ErrorCategory.INVALID_INPUT),
    /** The ledger's commits where the request reads or writes do not verify: nothing is served or appended. */
    LEDGER_INTEGRITY("ledger-integrity", ErrorCategory.UNAVAILABLE);

    private final String code;
    private final ErrorCategory category;

    CommonErrors(String code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
