package nl.kwaliteitsnetwerk.ledger.validation.supervision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/**
 * An institution's calendar, folded from its own stream at each read: a calendar has few events, and a read
 * straight from the ledger is never behind the deadlines that just passed.
 */
public class CalendarReads extends EventHistory<SupervisionEvent> {

    public CalendarReads(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, SupervisionEvent.class, event -> null, SupervisionEvent::occurredAt, "institutionCode");
    }

    public Optional<CalendarView> of(String institutionCode, Instant asOf) {
        return asOf(institutionCode, asOf, CalendarView::new, CalendarView::apply);
    }
}
