package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command on a panel review that exists: who gives it, and the version of the review they last saw
 * (null for whatever it is now). The review compares that version itself, after it has decided that the
 * one acting may see it at all, so that a version never confirms a review to one who may not see it.
 */
public interface PanelReviewCommand {

    String panelReviewId();

    Actor actor();

    Long expectedVersion();
}
