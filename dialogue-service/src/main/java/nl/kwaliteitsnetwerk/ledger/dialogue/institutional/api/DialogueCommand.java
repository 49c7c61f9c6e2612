package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command on a dialogue that exists: who gives it, and the version of the dialogue they last saw (null
 * for whatever it is now). The dialogue compares that version itself, after it has decided that the one
 * acting may see it at all, so that a version never confirms a dialogue to one who may not see it.
 */
public interface DialogueCommand {

    String dialogueId();

    Actor actor();

    Long expectedVersion();
}
