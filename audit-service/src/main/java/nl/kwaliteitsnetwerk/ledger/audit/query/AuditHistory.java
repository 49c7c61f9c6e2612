package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an audit's events straight from the event store: the trail of everything that happened,
 * and the audit as it stood at a past instant, folded by the same code as the live read model.
 */
public class AuditHistory {

    private final EventStore eventStore;
    private final ObjectMapper mapper;

    public AuditHistory(EventStore eventStore, ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.mapper = mapper;
    }

    public List<TrailEntry> trail(String auditId) {
        List<TrailEntry> trail = new ArrayList<>();
        forEachEvent(auditId, (message, event) -> {
            trail.add(new TrailEntry(message.getSequenceNumber(), message.getIdentifier(),
                    event.getClass().getSimpleName(), event.occurredAt(), event.actor().userId(),
                    event.actor().role().name(), change(event)));
            return true;
        });
        return trail;
    }

    /** The audit as it stood at {@code instant}: every event that had occurred by then, none after. */
    public Optional<AuditView> asOf(String auditId, Instant instant) {
        AuditView view = new AuditView();
        forEachEvent(auditId, (message, event) -> {
            if (event.occurredAt().isAfter(instant)) {
                return false;
            }
            AuditViewFolder.apply(view, event, message.getSequenceNumber());
            return true;
        });
        return view.version < 0 ? Optional.empty() : Optional.of(view);
    }

    private ObjectNode change(AuditEvent event) {
        ObjectNode change = mapper.valueToTree(event);
        change.remove(List.of("auditId", "actor", "occurredAt"));
        return change;
    }

    private void forEachEvent(String auditId, EventVisitor visitor) {
        DomainEventStream stream = eventStore.readEvents(auditId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof AuditEvent event && !visitor.visit(message, event)) {
                return;
            }
        }
    }

    @FunctionalInterface
    private interface EventVisitor {
        boolean visit(DomainEventMessage<?> message, AuditEvent event);
    }

    /** One step of an audit's trail: when, who in which role, what kind of change, and its content. */
    public record TrailEntry(long sequenceNumber, String eventId, String eventType, Instant occurredAt,
                             String actor, String role, ObjectNode change) {
    }
}
