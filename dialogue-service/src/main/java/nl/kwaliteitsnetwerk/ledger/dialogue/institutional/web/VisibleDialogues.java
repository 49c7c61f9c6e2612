package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueAccessRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogue;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.FindDialogues;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.VisibleRecords;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.RecordReads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The dialogues a caller may know exist, and how much of each they see, by the rule the dialogue
 * itself applies to commands ({@link DialogueAccessRule}); every read goes through here.
 */
@Component
class VisibleDialogues extends RecordReads<DialogueView> implements VisibleRecords {

    private static Access rule(Caller caller, DialogueView view) {
        return DialogueAccessRule.of(caller.asViewer(), view.status, view.institution.code(), view.committeeUserIds());
    }

    VisibleDialogues(QueryGateway queries, DialogueHistory history) {
        super(queries, new Kind<>("Dialogue", DialogueView.class, FindDialogue::new, view -> view.version,
                VisibleDialogues::rule, history::asOf, history::trail));
    }

    List<DialogueView> list(Caller caller, String institution, DialogueStatus status) {
        return matching(caller, new FindDialogues(institution, status));
    }
}
