package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;

import java.util.Optional;

/**
 * Whether a stored conclusion's validation report still hashes to the digest stored beside it: what the review and
 * its view check on every load, so that content changed in the store is not approved by a reaction citing the old
 * digest. A conclusion from before digests (revision 1, read with neither) has nothing to verify; one with only one
 * of the two, or whose content no longer hashes (or no longer can: a lone surrogate), is a break.
 */
public final class ReportVerification {

    private ReportVerification() {
    }

    /** The break in {@code concluded}, in the service's words (never quoting the content); empty if it verifies. */
    public static Optional<String> breakIn(ValidationReviewConcluded concluded) {
        if (concluded.content() == null && concluded.reportDigest() == null) {
            return Optional.empty();
        }
        if (concluded.content() == null || concluded.reportDigest() == null) {
            return Optional.of("report-digest-mismatch: the concluded validation report is stored without its "
                    + (concluded.content() == null ? "content" : "digest"));
        }
        try {
            return concluded.reportDigest().equals(concluded.content().digest()) ? Optional.empty()
                    : Optional.of("report-digest-mismatch: the stored digest of the validation report is not the digest "
                            + "of its content");
        } catch (RuleViolation unhashable) {
            return Optional.of("report-digest-mismatch: the stored validation report holds text that cannot be hashed");
        }
    }
}
