package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import java.util.List;
import java.util.Objects;

/**
 * A part of a dialogue with a lifecycle of its own: a session, an observation, a recommendation of the final
 * report, an item of the development agenda. It handles the commands on itself, changes only itself on its
 * events, and asks its dialogue for the rules that are the dialogue's (who is on the committee, which ids are
 * taken, what a drafted conclusion rests on).
 */
abstract class DialoguePart {

    /** The dialogue it belongs to; not part of its state. */
    final InstitutionalDialogue dialogue;

    DialoguePart(InstitutionalDialogue dialogue) {
        this.dialogue = dialogue;
    }

    /** Its id and everything its events changed, in a fixed order. */
    abstract List<Object> state();

    /**
     * Equal to a part of its kind in the same state: Axon's fixture compares the dialogue a command left with the
     * one its events rebuild, and compares the parts it holds by value.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DialoguePart part && part.getClass() == getClass() && state().equals(part.state());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), state());
    }
}
