package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ProcessingGroups;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.ProjectedViews;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.Where;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the dialogue read model, one document per dialogue, and answers queries on it. */
@ProcessingGroup(ProcessingGroups.VIEWS)
public class DialogueProjection {

    private final ProjectedViews<DialogueView, DialogueEvent> views;

    public DialogueProjection(DialogueViews views) {
        this.views = new ProjectedViews<>(views, DialogueView::new, DialogueEvent::dialogueId, DialogueViewFolder::apply);
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(DialogueEvent event, @SequenceNumber long sequence) {
        views.fold(event, sequence);
    }

    @QueryHandler
    public Optional<DialogueView> handle(FindDialogue query) {
        return views.find(query.dialogueId());
    }

    @QueryHandler
    public List<DialogueView> handle(FindDialogues query) {
        return views.findWhere(Where.fields("institution.code", query.institutionCode(), "status", query.status()));
    }
}
