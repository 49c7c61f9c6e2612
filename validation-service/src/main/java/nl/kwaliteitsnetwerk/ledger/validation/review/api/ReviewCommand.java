package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command of a member or the board on a validation review: who gives it, and the version of the review
 * they last saw (null for whatever it is now), compared only once the sender is found to be one who may see
 * the review, so that a version never confirms a review to one who may not.
 */
public interface ReviewCommand {

    String reviewId();

    Actor actor();

    Long expectedVersion();
}
