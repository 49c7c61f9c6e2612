package nl.kwaliteitsnetwerk.ledger.kernel.error;

/** How a refusal is answered over HTTP; each service's error codes fall in one of these. */
public enum ErrorCategory {
    INVALID_INPUT(400, "Invalid input"),
    NOT_PERMITTED(403, "Not permitted"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict with the current state"),
    /** The service cannot answer truthfully now: its ledger does not verify where the request reads or writes. */
    UNAVAILABLE(503, "Service unavailable");

    private final int httpStatus;
    private final String title;

    ErrorCategory(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }
}
