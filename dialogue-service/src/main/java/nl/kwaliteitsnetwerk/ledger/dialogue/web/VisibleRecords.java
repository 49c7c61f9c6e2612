package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

/** The records of one kind the service keeps (dialogues, panel reviews, peer reviews), as far as a caller may know them. */
public interface VisibleRecords {

    /** Whether a record of this kind with this id exists and the caller may know it does. */
    boolean visibleTo(Caller caller, String id);
}
