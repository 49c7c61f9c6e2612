package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The committee's trail: its composition and changes of membership and, in a stream written before reviews had
 * streams of their own, the events of the reviews of then, as they were stored.
 */
public class CommitteeHistory extends EventHistory<ValidationEvent> {

    public CommitteeHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, ValidationEvent.class, ValidationEvent::actor, ValidationEvent::occurredAt, "committeeId");
    }
}
