package nl.kwaliteitsnetwerk.ledger.kernel.error;

/** Error codes every service answers with in the same way. */
public enum CommonErrors implements ErrorCode {
    INVALID_REQUEST(ErrorCategory.INVALID_INPUT),
    FORBIDDEN(ErrorCategory.NOT_PERMITTED),
    NOT_FOUND(ErrorCategory.NOT_FOUND),
    STALE_VERSION(ErrorCategory.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorCategory.CONFLICT),
    ALREADY_EXISTS(ErrorCategory.CONFLICT),
    /** Text that is not well-formed Unicode, or holds noncharacters or control characters. */
    INVALID_TEXT(ErrorCategory.INVALID_INPUT),
    /** Text longer than any field of the API takes ({@code TextLimits.MAX_LENGTH}). */
    TEXT_TOO_LONG(ErrorCategory.INVALID_INPUT),
    /** The ledger's commits where the request reads or writes do not verify: nothing is served or appended. */
    LEDGER_INTEGRITY(ErrorCategory.UNAVAILABLE);

    private final ErrorCategory category;

    CommonErrors(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return ErrorCode.nameAsCode(this);
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
