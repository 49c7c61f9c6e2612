package nl.kwaliteitsnetwerk.ledger.dialogue.common;

/** The tracking processors of the dialogue service. */
public final class ProcessingGroups {

    /** One processor keeps the views of dialogues, peer reviews and panel reviews, in store order. */
    public static final String VIEWS = "dialogue-views";

    private ProcessingGroups() {
    }
}
