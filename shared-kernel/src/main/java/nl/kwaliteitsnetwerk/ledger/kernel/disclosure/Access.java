package nl.kwaliteitsnetwerk.ledger.kernel.disclosure;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;

/**
 * How much of a record someone may see: all of it, its planning data, its public part, or nothing.
 * Nothing means they may not even know it exists: reads and commands alike answer as for an unknown id.
 * Each kind of record decides in one rule of its own (an audit's, a dialogue's, a review's) that its
 * aggregate and its read side both call; this is only the answer those rules share.
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

    /** Refuses, as forbidden, anything but full access to {@code what} (e.g. "the trail of this audit"). */
    public void requireFull(String what) {
        if (this != FULL) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
        }
    }
}
