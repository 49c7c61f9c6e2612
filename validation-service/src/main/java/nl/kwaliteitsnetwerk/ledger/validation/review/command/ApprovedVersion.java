package nl.kwaliteitsnetwerk.ledger.validation.review.command;

/**
 * Whether an answer still approves its report's current version (contract C): the one judgement the review's
 * conclusion, its view and its trail share. An answer is judged by the version it was given on: the one whose
 * digest it cites, or, where it cites none, a version that stated no digest, since an answer is refused without a
 * digest whenever the report has one (an answer stored before digests was likewise given before its report stated
 * one). So an answer citing no digest is stale once its report states a digest: only a version made after it (an
 * erratum) can have brought one.
 */
public final class ApprovedVersion {

    private ApprovedVersion() {
    }

    /** {@code approvedDigest} as cited (null: none), {@code currentDigest} the report's now (null: it states none). */
    public static boolean isStale(String approvedDigest, String currentDigest) {
        return approvedDigest == null ? currentDigest != null : !approvedDigest.equals(currentDigest);
    }
}
