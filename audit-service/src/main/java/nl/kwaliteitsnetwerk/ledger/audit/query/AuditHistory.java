package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditScheduled;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDateCorrected;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An audit's trail and the audit as it stood: as recorded at a past instant ({@code asOf}), and as effective on a
 * business day ({@code effectiveOn}): every step that had happened by that day, by the business dates as corrected,
 * whenever it was recorded. Both at once answer "what did the ledger say at T about day D".
 */
public class AuditHistory extends EventHistory<AuditEvent> {

    private final EventStore eventStore;

    public AuditHistory(EventStore eventStore, ObjectMapper mapper) {
        super(eventStore, mapper, AuditEvent.class, AuditEvent::actor, AuditEvent::occurredAt, "auditId");
        this.eventStore = eventStore;
    }

    public Optional<AuditView> asOf(String auditId, Instant instant) {
        return asOf(auditId, instant, AuditView::new, AuditViewFolder::apply);
    }

    /**
     * The audit as effective on {@code day}: the events whose business date (as corrected by the corrections
     * recorded by {@code recordedBy}, or by now when null) is not after it, each with the corrections of its date;
     * empty if nothing of it had happened yet. The store verifies what it reads, as for every load.
     */
    public Optional<AuditView> effectiveOn(String auditId, LocalDate day, Instant recordedBy) {
        List<Sequenced> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(auditId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof AuditEvent event
                    && (recordedBy == null || !event.occurredAt().isAfter(recordedBy))) {
                events.add(new Sequenced(message.getSequenceNumber(), event));
            }
        }
        Map<Long, LocalDate> corrected = new HashMap<>();
        events.stream().filter(e -> e.event() instanceof BusinessDateCorrected)
                .map(e -> (BusinessDateCorrected) e.event())
                .forEach(c -> corrected.put(c.correctedSequence(), c.correctedDate()));
        AuditView view = new AuditView();
        Set<Long> folded = new HashSet<>();
        boolean anyHappened = false;
        for (Sequenced e : events) {
            boolean happened = e.event() instanceof BusinessDateCorrected c
                    ? folded.contains(c.correctedSequence())
                    : !corrected.getOrDefault(e.sequence(), e.event().occurredOn()).isAfter(day);
            // the scheduling names the audit: folded even when the plan was entered after steps it led to
            if (happened || e.event() instanceof AuditScheduled) {
                AuditViewFolder.apply(view, e.event(), e.sequence());
                folded.add(e.sequence());
            }
            anyHappened |= happened;
        }
        return anyHappened ? Optional.of(view) : Optional.empty();
    }

    private record Sequenced(long sequence, AuditEvent event) {
    }
}
