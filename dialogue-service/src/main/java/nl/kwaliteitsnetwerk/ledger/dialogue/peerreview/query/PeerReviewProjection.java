package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ProcessingGroups;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.ProjectedViews;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.Where;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the peer-review read model and answers queries on it. */
@ProcessingGroup(ProcessingGroups.VIEWS)
public class PeerReviewProjection {

    private final ProjectedViews<PeerReviewView, PeerReviewEvent> views;

    public PeerReviewProjection(PeerReviewViews views) {
        this.views = new ProjectedViews<>(views, PeerReviewView::new, PeerReviewEvent::peerReviewId, PeerReviewView::apply);
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(PeerReviewEvent event, @SequenceNumber long sequence) {
        views.fold(event, sequence);
    }

    @QueryHandler
    public Optional<PeerReviewView> handle(FindPeerReview query) {
        return views.find(query.peerReviewId());
    }

    @QueryHandler
    public List<PeerReviewView> handle(FindPeerReviews query) {
        return views.findWhere(Where.field("institutionCodes", query.institutionCode()));
    }
}
