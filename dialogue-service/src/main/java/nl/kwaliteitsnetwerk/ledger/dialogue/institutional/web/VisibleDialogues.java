package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogue;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogues;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dialogues a caller may know exist ({@link DialogueAccess} other than NONE); every read goes through here. */
@Component
class VisibleDialogues {

    private final VisibleViews<DialogueView> views;

    VisibleDialogues(QueryGateway queries) {
        this.views = new VisibleViews<>(queries, DialogueView.class, "dialogue");
    }

    List<DialogueView> list(Caller caller, String institution, DialogueStatus status) {
        return views.list(new FindDialogues(institution, status), view -> DialogueAccess.of(caller, view) != Access.NONE);
    }

    DialogueView one(Caller caller, String dialogueId) {
        return views.one(new FindDialogue(dialogueId), dialogueId, view -> DialogueAccess.of(caller, view) != Access.NONE);
    }
}
