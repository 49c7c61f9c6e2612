package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;

/**
 * How much of a dialogue or review someone may see: all of it, its planning data, its public part,
 * or nothing. Nothing means they may not even know it exists: reads and commands alike answer as for
 * an unknown id. Each instrument decides in one rule that its aggregate and its read side both call.
 */
public enum Access {
    FULL,
    SUMMARY,
    PUBLIC,
    NONE;

    /** Whether they may know it exists at all. */
    public boolean visible() {
        return this != NONE;
    }

    public void requireFull(String what) {
        if (this != FULL) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
        }
    }
}
