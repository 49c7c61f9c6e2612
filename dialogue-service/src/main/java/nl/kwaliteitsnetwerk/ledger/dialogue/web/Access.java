package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;

/**
 * How much of a dialogue or review a caller may see: all of it, its planning data, its public part,
 * or nothing (a 404 that does not confirm it exists). Each instrument decides in one place.
 */
public enum Access {
    FULL,
    SUMMARY,
    PUBLIC,
    NONE;

    public void requireFull(String what) {
        if (this != FULL) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
        }
    }
}
