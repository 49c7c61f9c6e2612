package nl.kwaliteitsnetwerk.ledger.kernel.error;

/**
 * A named business rule or error. Its {@link #code()} is stable and machine-readable; clients may
 * react on it. Services declare their codes as enums implementing this interface.
 */
public interface ErrorCode {

    /** A stable, kebab-case identifier, e.g. {@code auditor-not-independent}. */
    String code();

    ErrorCategory category();

    /** The problem type URI of RFC 9457 for this code. */
    default String problemType() {
        return "urn:quality-audit-ledger:problem:" + code();
    }
}
