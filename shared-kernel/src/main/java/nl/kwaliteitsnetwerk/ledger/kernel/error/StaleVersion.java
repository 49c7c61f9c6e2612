package nl.kwaliteitsnetwerk.ledger.kernel.error;

/**
 * The one check of the version a command's sender last saw (its If-Match) against the record's own.
 * Every aggregate makes it itself, right after it has decided the sender may know the record exists,
 * so that a version, stale or ahead, never confirms a record to one who may not see it.
 */
public final class StaleVersion {

    private StaleVersion() {
    }

    /** Refuses with {@link CommonErrors#STALE_VERSION} unless {@code expected} is null (any) or {@code current}. */
    public static void require(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new RuleViolation(CommonErrors.STALE_VERSION, detail(expected, current));
        }
    }

    /** The words of the refusal, the same wherever a version conflict is answered. */
    public static String detail(long expected, long current) {
        return "The resource changed since the version you sent (expected " + expected + ", now " + current
                + "). Read it again and retry.";
    }
}
