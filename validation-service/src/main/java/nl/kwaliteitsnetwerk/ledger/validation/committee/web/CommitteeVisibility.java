package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;

/**
 * Which of this service's aggregates a caller may know exist. The service has one: the committee, whose
 * composition every signed-in user reads ({@code GET /committee}), so it is known to everyone once it is
 * composed (has events in the store). Its reviews live inside it and are no aggregates of their own; who may
 * see each one is {@code ReviewAccess}. Any other id is unknown, answered as a hidden one would be.
 */
@Component
class CommitteeVisibility implements AggregateVisibility {

    private final EventStore events;

    CommitteeVisibility(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean visibleTo(Caller caller, String aggregateId) {
        return COMMITTEE.equals(aggregateId) && events.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
