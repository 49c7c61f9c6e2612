package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Viewer;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

/** A caller of the API as the access rules of dialogues and reviews see them: with every role they hold. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer of(Caller caller) {
        return new Viewer(caller.userId(), caller.roles(), caller.institutionCode());
    }
}
