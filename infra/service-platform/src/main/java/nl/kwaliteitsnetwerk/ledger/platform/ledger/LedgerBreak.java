package nl.kwaliteitsnetwerk.ledger.platform.ledger;

/**
 * One broken link of the ledger: where (the position of the commit, or of the first missing one; none when
 * only an aggregate's count of commits tells that some are missing), which aggregate if known, what kind
 * of break, and what was found. The aggregate is named in {@code aggregateId} alone, never in the
 * {@code detail}, so that it can be withheld from a caller who may not know the record exists.
 */
public record LedgerBreak(Long position, String aggregateId, Kind kind, String detail) {

    /** The ways a ledger can be broken, each named after what was done to it. */
    public enum Kind {
        /** A commit's events no longer match its content digest, or one of its hashes was changed. */
        ALTERED,
        /** A commit is missing: a position below the last, or sequence numbers of an aggregate. */
        REMOVED,
        /** A commit stands at another position than the one it was committed at. */
        REORDERED,
        /** A commit the ledger never appended: its link follows from no commit around it, or it copies one. */
        INSERTED,
        /** The store ends below a position that a signed digest covers. */
        TRUNCATED,
        /** A second commit for sequence numbers an earlier commit of the same aggregate holds. */
        FORKED
    }

    /** The same break with its kind, position and detail, but without the aggregate it was found in. */
    public LedgerBreak withoutAggregate() {
        return aggregateId == null ? this : new LedgerBreak(position, null, kind, detail);
    }

    /** The same break seen by two readers is one break: it is alarmed once. */
    String key() {
        return kind + "@" + position + "/" + aggregateId;
    }

    public String describe() {
        return kind.name().toLowerCase() + (position == null ? "" : " at position " + position)
                + (aggregateId == null ? "" : " (aggregate " + aggregateId + ")") + ": " + detail;
    }
}
