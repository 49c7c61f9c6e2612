package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogue;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogues;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Access;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dialogues a caller may know exist; every read goes through here. */
@Component
class VisibleDialogues {

    private final QueryGateway queries;

    VisibleDialogues(QueryGateway queries) {
        this.queries = queries;
    }

    List<DialogueView> list(Caller caller, String institution, DialogueStatus status) {
        return queries.query(new FindDialogues(institution, status), ResponseTypes.multipleInstancesOf(DialogueView.class))
                .join().stream()
                .filter(view -> DialogueAccess.of(caller, view) != Access.NONE)
                .toList();
    }

    /** One dialogue the caller may see; a 404 otherwise, which does not confirm it exists. */
    DialogueView one(Caller caller, String dialogueId) {
        return queries.query(new FindDialogue(dialogueId), ResponseTypes.optionalInstanceOf(DialogueView.class)).join()
                .filter(view -> DialogueAccess.of(caller, view) != Access.NONE)
                .orElseThrow(() -> new NotFound("No dialogue " + dialogueId + " that you may see."));
    }
}
