package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one aggregate's events straight from the event store: its trail, everything that happened
 * in order, and the aggregate as it stood at a past instant, folded by the same code as the live
 * read model so the two cannot disagree.
 */
public class EventHistory<E> {

    private final EventStore eventStore;
    private final ObjectMapper mapper;
    private final Class<E> eventType;
    private final Function<E, Actor> actorOf;
    private final Function<E, Instant> occurredAtOf;
    private final List<String> identityFields;

    /**
     * {@code identityFields}: the fields naming the aggregate, left out of each entry's change, as are
     * the fields {@code actor} and {@code occurredAt} that every event of the ledger carries.
     */
    public EventHistory(EventStore eventStore, ObjectMapper mapper, Class<E> eventType, Function<E, Actor> actorOf,
                        Function<E, Instant> occurredAtOf, String... identityFields) {
        this.eventStore = eventStore;
        this.mapper = mapper;
        this.eventType = eventType;
        this.actorOf = actorOf;
        this.occurredAtOf = occurredAtOf;
        this.identityFields = List.of(identityFields);
    }

    public List<TrailEntry> trail(String aggregateId) {
        List<TrailEntry> trail = new ArrayList<>();
        forEachEvent(aggregateId, (message, event) -> {
            Actor actor = actorOf.apply(event);
            trail.add(new TrailEntry(message.getSequenceNumber(), message.getIdentifier(),
                    event.getClass().getSimpleName(), occurredAtOf.apply(event), actor.userId(),
                    actor.role().name(), change(event)));
            return true;
        });
        return trail;
    }

    /**
     * The view of the aggregate as it stood at {@code instant}: every event that had occurred by then,
     * none after; empty if it did not exist yet.
     */
    public <V> Optional<V> asOf(String aggregateId, Instant instant, Supplier<V> blank, Folder<V, E> folder) {
        V view = blank.get();
        boolean[] seen = {false};
        forEachEvent(aggregateId, (message, event) -> {
            if (occurredAtOf.apply(event).isAfter(instant)) {
                return false;
            }
            folder.apply(view, event, message.getSequenceNumber());
            seen[0] = true;
            return true;
        });
        return seen[0] ? Optional.of(view) : Optional.empty();
    }

    private ObjectNode change(E event) {
        ObjectNode change = mapper.valueToTree(event);
        change.remove(identityFields);
        change.remove(List.of("actor", "occurredAt"));
        return change;
    }

    private void forEachEvent(String aggregateId, Visitor<E> visitor) {
        DomainEventStream stream = eventStore.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (eventType.isInstance(message.getPayload())
                    && !visitor.visit(message, eventType.cast(message.getPayload()))) {
                return;
            }
        }
    }

    /** Applies one event, the aggregate's event number {@code sequence}, to a view. */
    @FunctionalInterface
    public interface Folder<V, E> {
        boolean apply(V view, E event, long sequence);
    }

    @FunctionalInterface
    private interface Visitor<E> {
        boolean visit(DomainEventMessage<?> message, E event);
    }

    /** One step of a trail: when, who in which role, what kind of change, and its content. */
    public record TrailEntry(long sequenceNumber, String eventId, String eventType, Instant occurredAt,
                             String actor, String role, ObjectNode change) {
    }
}
