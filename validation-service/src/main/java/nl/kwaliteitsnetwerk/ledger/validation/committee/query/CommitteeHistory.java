package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/** The committee's trail, and the committee with its reviews as it stood at a past instant. */
public class CommitteeHistory extends EventHistory<CommitteeEvent> {

    public CommitteeHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, CommitteeEvent.class, CommitteeEvent::actor, CommitteeEvent::occurredAt, "committeeId");
    }

    public Optional<CommitteeView> asOf(String committeeId, Instant instant) {
        return asOf(committeeId, instant, CommitteeView::new, CommitteeView::apply);
    }
}
