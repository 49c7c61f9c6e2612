package nl.kwaliteitsnetwerk.ledger.kernel.institution;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;

/** What the register refuses, the same in every service. */
public enum InstitutionRule implements ErrorCode {
    /** A code the register does not know. */
    UNKNOWN_INSTITUTION,
    /** A code given with a name or board number the register has for another institution, or for none. */
    INSTITUTION_MISMATCH,
    /** An affiliation whose code and name name two different registered institutions. */
    AFFILIATION_CONFLICT;

    @Override
    public String code() {
        return ErrorCode.nameAsCode(this);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
