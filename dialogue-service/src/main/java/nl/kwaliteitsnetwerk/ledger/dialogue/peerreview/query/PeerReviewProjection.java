package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ProcessingGroups;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.BatchedViewWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the peer-review read model and answers queries on it. */
@ProcessingGroup(ProcessingGroups.VIEWS)
public class PeerReviewProjection {

    private final PeerReviewViews views;
    private final BatchedViewWriter<PeerReviewView> writer;

    public PeerReviewProjection(PeerReviewViews views) {
        this.views = views;
        this.writer = new BatchedViewWriter<>(views, id -> new PeerReviewView());
    }

    @EventHandler
    public void on(PeerReviewEvent event, @SequenceNumber long sequence) {
        writer.update(event.peerReviewId(), view -> PeerReviewView.apply(view, event, sequence));
    }

    @QueryHandler
    public Optional<PeerReviewView> handle(FindPeerReview query) {
        return views.find(query.peerReviewId());
    }

    @QueryHandler
    public List<PeerReviewView> handle(FindPeerReviews query) {
        return views.findAll(query.institutionCode());
    }
}
