package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

/**
 * A command on a validation review. The review lives inside the committee and has no version of its own:
 * the version sent is the committee's, compared only once the sender is found to be one who may see the
 * review, so that a version never confirms a review to one who may not.
 */
public interface ReviewCommand extends CommitteeCommand {

    String reviewId();
}
