package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.ProcessingGroups;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.BatchedViewWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the panel-review read model and answers queries on it. */
@ProcessingGroup(ProcessingGroups.VIEWS)
public class PanelReviewProjection {

    private final PanelReviewViews views;
    private final BatchedViewWriter<PanelReviewView> writer;

    public PanelReviewProjection(PanelReviewViews views) {
        this.views = views;
        this.writer = new BatchedViewWriter<>(views, id -> new PanelReviewView());
    }

    @EventHandler
    public void on(PanelReviewEvent event, @SequenceNumber long sequence) {
        writer.update(event.panelReviewId(), view -> PanelReviewView.apply(view, event, sequence));
    }

    @QueryHandler
    public Optional<PanelReviewView> handle(FindPanelReview query) {
        return views.find(query.panelReviewId());
    }

    @QueryHandler
    public List<PanelReviewView> handle(FindPanelReviews query) {
        return views.findAll(query.institutionCode());
    }
}
