package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueAccessRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogue;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogues;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.VisibleRecords;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The dialogues a caller may know exist, and how much of each they see, by the rule the dialogue
 * itself applies to commands ({@link DialogueAccessRule}); every read goes through here.
 */
@Component
class VisibleDialogues implements VisibleRecords {

    private final VisibleViews<DialogueView> views;

    VisibleDialogues(QueryGateway queries) {
        this.views = new VisibleViews<>(queries, DialogueView.class);
    }

    static Access access(Caller caller, DialogueView view) {
        return DialogueAccessRule.of(caller.asViewer(), view.status, view.institution.code(), view.committeeUserIds());
    }

    List<DialogueView> list(Caller caller, String institution, DialogueStatus status) {
        return views.list(new FindDialogues(institution, status), view -> access(caller, view).visible());
    }

    DialogueView one(Caller caller, String dialogueId) {
        return views.one(new FindDialogue(dialogueId), dialogueId, view -> access(caller, view).visible());
    }

    @Override
    public boolean visibleTo(Caller caller, String id) {
        return views.exists(new FindDialogue(id), view -> access(caller, view).visible());
    }
}
