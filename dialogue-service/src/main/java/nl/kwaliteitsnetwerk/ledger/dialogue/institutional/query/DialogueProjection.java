package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ProcessingGroups;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.BatchedViewWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the dialogue read model, one document per dialogue, and answers queries on it. */
@ProcessingGroup(ProcessingGroups.VIEWS)
public class DialogueProjection {

    private final DialogueViews views;
    private final BatchedViewWriter<DialogueView> writer;

    public DialogueProjection(DialogueViews views) {
        this.views = views;
        this.writer = new BatchedViewWriter<>(views, id -> new DialogueView());
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(DialogueEvent event, @SequenceNumber long sequence) {
        writer.update(event.dialogueId(), view -> DialogueViewFolder.apply(view, event, sequence));
    }

    @QueryHandler
    public Optional<DialogueView> handle(FindDialogue query) {
        return views.find(query.dialogueId());
    }

    @QueryHandler
    public List<DialogueView> handle(FindDialogues query) {
        return views.findAll(query.institutionCode(), query.status());
    }
}
