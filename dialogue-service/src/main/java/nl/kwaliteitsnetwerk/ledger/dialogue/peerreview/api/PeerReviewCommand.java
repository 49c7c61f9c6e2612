package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command on a peer review that exists: who gives it, and the version of the review they last saw
 * (null for whatever it is now). The review compares that version itself, after it has decided that the
 * one acting may see it at all, so that a version never confirms a review to one who may not see it.
 */
public interface PeerReviewCommand {

    String peerReviewId();

    Actor actor();

    Long expectedVersion();
}
