package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the deadline tests share: a fresh database on the shared embedded MongoDB that several managers (instances
 * of a service) use, a clock moved by hand, and aggregates that record, or refuse, what is delivered to them.
 */
final class DeadlineBench implements AutoCloseable {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 10;
    static final Duration RETENTION = Duration.ofDays(1);
    static final ScopeDescriptor CALENDAR = new AggregateScopeDescriptor("Calendar", "29WT");

    /** A deadline's payload, as an aggregate would schedule it. */
    public record TermEnds(String institutionCode, String termId) {
    }

    private final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("deadlines"));
    final MongoDatabase database = client.getDatabase("deadlines-" + UUID.randomUUID());
    final MongoCollection<Document> deadlines = database.getCollection(MongoDeadlineManager.COLLECTION);
    final MutableClock clock = new MutableClock(NOW);
    final List<DeadlineMessage<?>> delivered = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    MongoDeadlineManager instance(ScopeAware aggregates) {
        return new MongoDeadlineManager(database, descriptor -> Stream.of(aggregates),
                JacksonSerializer.defaultSerializer(), clock, new MongoDeadlineManager.Settings(LEASE, MAX_ATTEMPTS, RETENTION),
                MongoDeadlineManager.newOwner(), meters);
    }

    /** The term of 29WT ends now: scheduled by {@code manager}, as the calendar's aggregate would. */
    static String termEnd(MongoDeadlineManager manager, String termId) {
        return manager.schedule(NOW, "term-end", new TermEnds("29WT", termId), CALENDAR);
    }

    Document stored(String id) {
        return deadlines.find(new Document("_id", id)).first();
    }

    ScopeAware recording() {
        return aggregates(message -> delivered.add((DeadlineMessage<?>) message));
    }

    /** An aggregate that refuses the deadline (another instance changed it meanwhile, or it never can take it). */
    static ScopeAware failing() {
        return aggregates(message -> {
            throw new IllegalStateException("the aggregate changed meanwhile");
        });
    }

    static ScopeAware aggregates(Consumer<Message<?>> receive) {
        return new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor scope) {
                assertThat(scope).isEqualTo(CALENDAR);
                receive.accept(message);
            }

            @Override
            public boolean canResolve(ScopeDescriptor scope) {
                return scope instanceof AggregateScopeDescriptor;
            }
        };
    }

    @Override
    public void close() {
        client.close();
    }
}
