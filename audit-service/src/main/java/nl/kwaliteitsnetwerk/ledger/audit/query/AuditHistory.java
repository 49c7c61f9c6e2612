package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Optional;

/** An audit's trail and the audit as it stood at a past instant, read from the event store. */
public class AuditHistory extends EventHistory<AuditEvent> {

    public AuditHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, AuditEvent.class, AuditEvent::actor, AuditEvent::occurredAt, "auditId");
    }

    public Optional<AuditView> asOf(String auditId, Instant instant) {
        return asOf(auditId, instant, AuditView::new, AuditViewFolder::apply);
    }
}
