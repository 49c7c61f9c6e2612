package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.axonframework.deadline.GenericDeadlineMessage.asDeadlineMessage;

/**
 * Axon's deadline manager on the service's MongoDB: a deadline is a document that outlives the instance that
 * scheduled it, and every instance polls for the due ones ({@link #pollOnce()}). Which instance fires one is
 * decided by a compare-and-set claim on its document, with a lease: an instance that dies while holding a claim
 * loses it when the lease ends, and another fires the deadline. Firing delivers the deadline in its scope (an
 * aggregate's {@code @DeadlineHandler}) in a unit of work of its own, then marks the document done.
 * <p>
 * A firing that fails (two instances fired deadlines of one aggregate at once, and the other's events came first)
 * is tried again after a short back-off, by whichever instance polls then. So a deadline fires at least once,
 * and more than once only when an instance stops between firing and marking done (or fires for longer than the
 * lease): the handler, an aggregate's, records a deadline's passing once and ignores a second delivery, which
 * makes it once in the ledger.
 * <p>
 * A deadline is tried at most {@code maxAttempts} times (claims that ran out of lease count too: an instance that
 * dies while firing it may have died of it); then it is parked ({@link ParkedDeadlines}), as is one whose stored
 * form cannot be read, and the rest of the batch fires on.
 * <p>
 * Scheduling inserts the document at once, before the events that call for it are stored, and a unit of work
 * that rolls back removes it again; cancelling waits until the unit of work has committed. So a crash can leave
 * a deadline that should not fire (its event was never stored, or its cancellation never made), which its
 * handler ignores, but never an event without its deadline.
 */
public class MongoDeadlineManager extends AbstractDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineManager.class);
    private static final int BATCH = 100;

    private final DeadlineDocuments documents;
    private final ParkedDeadlines parked;
    private final ScopeAwareProvider scopes;
    private final Serializer serializer;
    private final Clock clock;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration finishedRetention;
    private final String owner;

    /** The collection the pending (and parked) deadlines are kept in, in the service's own database. */
    public static final String COLLECTION = DeadlineDocuments.COLLECTION;
    /** Where fired and cancelled deadlines are moved to, out of the polls' way. */
    public static final String FINISHED_COLLECTION = DeadlineDocuments.FINISHED_COLLECTION;

    public MongoDeadlineManager(MongoDatabase database, ScopeAwareProvider scopes, Serializer serializer, Clock clock,
                                Settings settings, String owner, MeterRegistry meters) {
        this.documents = new DeadlineDocuments(database);
        this.documents.createIndexes();
        this.parked = new ParkedDeadlines(documents, clock, meters);
        this.scopes = scopes;
        this.serializer = serializer;
        this.clock = clock;
        this.lease = settings.lease();
        this.maxAttempts = settings.maxAttempts();
        this.finishedRetention = settings.finishedRetention();
        this.owner = owner;
    }

    /**
     * How long a claim lasts ({@code qal.deadlines.lease}), how many firings a deadline gets before it is parked
     * ({@code qal.deadlines.max-attempts}) and how long a fired or cancelled one stays in the polled collection
     * before it is moved to {@value #FINISHED_COLLECTION} ({@code qal.deadlines.finished-retention}).
     */
    public record Settings(Duration lease, int maxAttempts, Duration finishedRetention) {
        public Settings {
            if (lease.isNegative() || lease.isZero() || maxAttempts < 1 || finishedRetention.isNegative()) {
                throw new IllegalArgumentException(
                        "A deadline lease must be positive, max-attempts at least 1 and finished-retention not negative");
            }
        }
    }

    /** The deadlines this service gave up on. */
    public ParkedDeadlines parked() {
        return parked;
    }

    /** The instance this manager claims deadlines as: unique per running manager. */
    public static String newOwner() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName,
                           Object messageOrPayload, ScopeDescriptor deadlineScope) {
        String id = UUID.randomUUID().toString();
        DeadlineMessage<?> message = processDispatchInterceptors(
                asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime));
        documents.insert(StoredDeadline.of(id, message, deadlineScope, serializer), clock.instant());
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onRollback(u -> documents.forget(id));
        }
        return id;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        cancelAfterCommit(List.of(scheduleId));
    }

    @Override
    public void cancelAll(String deadlineName) {
        cancelAfterCommit(documents.cancellable(deadlineName, null));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        cancelAfterCommit(documents.cancellable(deadlineName, serializer.serialize(scope, String.class).getData()));
    }

    /**
     * Cancels the deadlines there are when it is asked (so a handler that cancels a name and then schedules under
     * it keeps the new one), once the unit of work has committed: a rollback cancels nothing, and a stop before
     * the cancellation leaves a deadline that fires for a state that has moved on, which its handler ignores.
     */
    private void cancelAfterCommit(List<String> ids) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> documents.cancel(ids, clock.instant()));
        } else {
            documents.cancel(ids, clock.instant());
        }
    }

    /**
     * Fires what is due now and not claimed by a live instance; returns how many this instance fired. The
     * poller calls it every interval; tests call it directly.
     */
    public int pollOnce() {
        int fired = 0;
        for (Document due : documents.claimable(clock.instant(), BATCH)) {
            var claimed = documents.claim(due, owner, clock.instant(), lease);
            if (claimed.isPresent() && attempt(claimed.get())) {
                fired++;
            }
        }
        documents.archiveFinished(clock.instant().minus(finishedRetention), BATCH);
        return fired;
    }

    /** Fires a claimed deadline, unless it has had its attempts or cannot be read: then it is parked. */
    private boolean attempt(Document claimed) {
        if (claimed.getInteger("claims", 1) > maxAttempts) {
            // Only claims whose lease ran out get here (a failed firing parks at the last attempt itself).
            parked.park(claimed, claimed.get("lastFailure") instanceof String last ? last : "LeaseExpired");
            return false;
        }
        StoredDeadline deadline;
        DeadlineMessage<?> message;
        ScopeDescriptor scope;
        try {
            deadline = StoredDeadline.of(claimed);
            message = deadline.message(serializer);
            scope = deadline.scopeDescriptor(serializer);
        } catch (RuntimeException unreadable) {
            // Reading it again will not go better: parked at once, so the rest of the batch fires.
            // Its message may quote the stored payload: the trace only at DEBUG.
            log.warn("Deadline {} cannot be read ({})", claimed.get("_id"), unreadable.getClass().getName());
            log.debug("Deadline {} cannot be read", claimed.get("_id"), unreadable);
            parked.park(claimed, unreadable.getClass().getName());
            return false;
        }
        return fire(claimed, deadline, message, scope);
    }

    private boolean fire(Document claimed, StoredDeadline deadline, DeadlineMessage<?> message, ScopeDescriptor scope) {
        UnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
        InterceptorChain chain = new DefaultInterceptorChain<>(unitOfWork, handlerInterceptors(), intercepted -> {
            deliver(intercepted, scope);
            return null;
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (claimed.getInteger("claims", 1) >= maxAttempts) {
                log.warn("Deadline {} ({}) failed to fire at its last attempt", deadline.id(), deadline.name(), failure);
                parked.park(claimed, failure.getClass().getName());
                return false;
            }
            Duration backOff = backOff(claimed.getInteger("claims", 1));
            log.warn("Deadline {} ({}) failed to fire; it is tried again in {}", deadline.id(), deadline.name(), backOff,
                    failure);
            documents.markFailed(claimed, failure.getClass().getName(), clock.instant().plus(backOff));
            return false;
        }
        if (!documents.markDone(claimed, clock.instant())) {
            log.warn("Deadline {} ({}) fired, but its claim had ended meanwhile; its handler sees any second firing",
                    deadline.id(), deadline.name());
        }
        return true;
    }

    /** 1 s after the first failed firing, doubling with each, at most the lease. */
    private Duration backOff(int claims) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(Math.max(claims - 1, 0), 20));
        return doubled.compareTo(lease) < 0 ? doubled : lease;
    }

    private void deliver(DeadlineMessage<?> message, ScopeDescriptor scope) throws Exception {
        for (var component : scopes.provideScopeAwareStream(scope).filter(c -> c.canResolve(scope)).toList()) {
            component.send(message, scope);
        }
    }
}
