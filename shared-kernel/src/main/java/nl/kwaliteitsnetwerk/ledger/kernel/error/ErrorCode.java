package nl.kwaliteitsnetwerk.ledger.kernel.error;

import java.util.Locale;

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

    /**
     * The code of a constant named after the breach itself ({@code STALE_VERSION}): its name in kebab case
     * ({@code stale-version}), so that the constant and its code cannot drift apart.
     */
    static String nameAsCode(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
