package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link LedgerRestore} did: how many commits (positions 0 to {@code lastPosition}, null when none),
 * signed digests and aggregate heads it wrote, the export's latest signed digest (null when it holds
 * none) and whether the restored store reaches it; or, when it wrote nothing, why.
 */
public record LedgerRestoreReport(long commitsRestored, Long lastPosition, int digestsRestored, long aggregatesRestored,
                                  LedgerDigests.SignedDigest latestSigned, boolean reachesSignedPosition,
                                  Refusal refusal) {

    /** Why nothing was restored. */
    public enum Reason {
        /** The target database holds documents already. */
        TARGET_NOT_EMPTY,
        /** The file is not a ledger export of format version 1. */
        UNREADABLE,
        /** The file is a proof export ({@code GET /ledger/export}): hashes without events, nothing to restore from. */
        PROOF_EXPORT,
        /** The export's digests are signed with another key than the one the operator named. */
        UNTRUSTED_KEY,
        /** A commit or a signed digest of the export does not verify: {@link Refusal#broken()} names it. */
        BROKEN,
        /** Writing failed part way; what was written has been removed again. */
        WRITE_FAILED
    }

    /**
     * The reason, the first break for {@link Reason#BROKEN} (else null), what was found, and how many
     * commits of the export verified before it: how far a damaged export gets.
     */
    public record Refusal(Reason reason, LedgerBreak broken, String detail, long commitsVerified) {
    }

    /** Positions a signed digest proves existed and the export does not hold. */
    public record Lost(long firstPosition, long lastPosition, LedgerDigests.SignedDigest provenBy) {

        public long count() {
            return lastPosition - firstPosition + 1;
        }
    }

    static LedgerRestoreReport restored(long commits, int digests, long aggregates, LedgerDigests.SignedDigest latestSigned) {
        Long lastPosition = commits == 0 ? null : commits - 1;
        boolean reaches = latestSigned != null && latestSigned.position() <= commits - 1;
        return new LedgerRestoreReport(commits, lastPosition, digests, aggregates, latestSigned, reaches, null);
    }

    static LedgerRestoreReport refused(Refusal refusal, LedgerDigests.SignedDigest latestSigned) {
        return new LedgerRestoreReport(0, null, 0, 0, latestSigned, false, refusal);
    }

    public boolean restored() {
        return refusal == null;
    }

    public Long latestSignedPosition() {
        return latestSigned == null ? null : latestSigned.position();
    }

    /** The commits the latest signed digest proves existed beyond the end of the restored store. */
    public Optional<Lost> lost() {
        if (!restored() || latestSigned == null || reachesSignedPosition) {
            return Optional.empty();
        }
        return Optional.of(new Lost(commitsRestored, latestSigned.position(), latestSigned));
    }

    /** The report as the restore command prints it. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (!restored()) {
            lines.add("REFUSED, nothing written: " + refusalText());
            return lines;
        }
        lines.add("restored " + commitsRestored + " commits" + (lastPosition == null ? "" : " (positions 0 to " + lastPosition + ")")
                + " of " + aggregatesRestored + " aggregates, and " + digestsRestored + " signed digests; every one verified");
        if (latestSigned == null) {
            lines.add("the export holds no signed digest: nothing proves that it is complete");
        } else if (reachesSignedPosition) {
            lines.add("the latest signed digest (position " + latestSigned.position() + ", signed " + latestSigned.signedAt()
                    + ") is reached: every commit it signed is restored");
        } else {
            Lost lost = lost().orElseThrow();
            lines.add("LOST: the latest signed digest (position " + latestSigned.position() + ", signed " + latestSigned.signedAt()
                    + ", chain hash " + latestSigned.chainHash() + ") proves that commits " + positions(lost)
                    + " existed; the export ends before them. Compare them with the broken store, or enter them again.");
        }
        return lines;
    }

    private String refusalText() {
        String verified = refusal.commitsVerified() == 0 ? "" : "; the " + refusal.commitsVerified()
                + " commits before it verify (positions 0 to " + (refusal.commitsVerified() - 1) + ")";
        return switch (refusal.reason()) {
            case BROKEN -> "the export is broken: " + refusal.broken().describe() + verified;
            case TARGET_NOT_EMPTY -> "the target database is not empty: " + refusal.detail();
            case UNREADABLE -> "not a ledger export of format version 1: " + refusal.detail();
            case PROOF_EXPORT -> "this is a proof export (GET /ledger/export): it holds the ledger's hashes but none of its"
                    + " events, so nothing can be restored from it. Restore from a full export, which the operator makes on the"
                    + " host with LedgerExportCommand";
            case UNTRUSTED_KEY -> refusal.detail();
            case WRITE_FAILED -> "writing failed and what was written has been removed again: " + refusal.detail();
        };
    }

    private static String positions(Lost lost) {
        return lost.count() == 1 ? "at position " + lost.firstPosition() + " (1 commit)"
                : lost.firstPosition() + " to " + lost.lastPosition() + " (" + lost.count() + " commits)";
    }
}
