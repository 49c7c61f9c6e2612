package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.ProjectedViews;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Optional;

/** Keeps the committee's read model, one document, and answers queries on it. */
@ProcessingGroup(CommitteeProjection.PROCESSING_GROUP)
public class CommitteeProjection {

    /** The one processing group of the service's views, the reviews' too. */
    public static final String PROCESSING_GROUP = "validation-views";
    public static final String COLLECTION = "committee_views";

    private final ProjectedViews<CommitteeView, CommitteeEvent> views;

    public CommitteeProjection(DocumentViews<CommitteeView> views) {
        this.views = new ProjectedViews<>(views, CommitteeView::new, CommitteeEvent::committeeId, CommitteeView::apply);
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(CommitteeEvent event, @SequenceNumber long sequence) {
        views.fold(event, sequence);
    }

    @QueryHandler
    public Optional<CommitteeView> handle(FindCommittee query) {
        return views.find(query.committeeId());
    }
}
