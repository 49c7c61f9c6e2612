package nl.kwaliteitsnetwerk.ledger.kernel.disclosure;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;

import java.util.function.Supplier;

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

    /**
     * The part of record {@code id} this access discloses, whether the record is read as it stands or as it
     * stood then: the whole, its planning data, or its public part. A record not published (then) has no
     * public part: it is answered as unknown. Nothing is no part at all; the reads answer 404 before they
     * get here, so that is a programming error.
     */
    public Object disclose(String id, boolean published, Supplier<?> whole, Supplier<?> summary, Supplier<?> publicPart) {
        return switch (this) {
            case FULL -> whole.get();
            case SUMMARY -> summary.get();
            case PUBLIC -> {
                if (!published) {
                    throw RuleViolation.notFound(id);
                }
                yield publicPart.get();
            }
            case NONE -> throw new IllegalStateException("unreachable: a record the caller may not see is answered 404 first");
        };
    }

    /** Refuses, as forbidden, anything but full access to {@code what} (e.g. "the trail of this audit"). */
    public void requireFull(String what) {
        if (this != FULL) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
        }
    }
}
