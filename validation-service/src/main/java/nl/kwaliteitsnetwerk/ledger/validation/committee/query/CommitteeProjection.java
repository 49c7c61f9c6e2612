package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.readmodel.DocumentProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Optional;

/** Keeps the committee's read model, one document, and answers queries on it. */
@ProcessingGroup(DocumentProjection.PROCESSING_GROUP)
public class CommitteeProjection extends DocumentProjection<CommitteeView> {

    public static final String COLLECTION = "committee_views";

    public CommitteeProjection(DocumentViews<CommitteeView> views) {
        super(views, CommitteeView::new);
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(CommitteeEvent event, @SequenceNumber long sequence) {
        update(event.committeeId(), view -> CommitteeView.apply(view, event, sequence));
    }

    @QueryHandler
    public Optional<CommitteeView> handle(FindCommittee query) {
        return views().find(query.committeeId());
    }
}
