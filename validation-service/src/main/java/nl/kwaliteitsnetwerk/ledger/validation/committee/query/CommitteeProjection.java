package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.BatchedViewWriter;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Optional;

/** Keeps the committee's read model, one document, and answers queries on it. */
@ProcessingGroup(CommitteeProjection.PROCESSING_GROUP)
public class CommitteeProjection {

    public static final String PROCESSING_GROUP = "validation-views";
    public static final String COLLECTION = "committee_views";

    private final DocumentViews<CommitteeView> views;
    private final BatchedViewWriter<CommitteeView> writer;

    public CommitteeProjection(DocumentViews<CommitteeView> views) {
        this.views = views;
        this.writer = new BatchedViewWriter<>(views, id -> new CommitteeView());
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(CommitteeEvent event, @SequenceNumber long sequence) {
        writer.update(event.committeeId(), view -> CommitteeView.apply(view, event, sequence));
    }

    @QueryHandler
    public Optional<CommitteeView> handle(FindCommittee query) {
        return views.find(query.committeeId());
    }
}
