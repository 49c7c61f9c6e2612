package nl.kwaliteitsnetwerk.ledger.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's gathered writes run after its last event and before the prepare-commit hook that a
 * tracking processor registers first (the one that stores its token); without the interceptor they
 * would still run, but after it.
 */
class BeforeTokenIsStoredTest {

    @Test
    void theBatchWritesRunBeforeTheTokenIsStored() {
        assertThat(process(List.of(new BeforeTokenIsStored())))
                .containsExactly("event 0", "event 1", "event 2", "views written", "token stored");
    }

    @Test
    void withoutTheInterceptorTheWritesStillRunAtPrepareCommit() {
        assertThat(process(List.of())).containsExactly("event 0", "event 1", "event 2", "token stored", "views written");
    }

    private static List<String> process(List<BeforeTokenIsStored> interceptors) {
        List<EventMessage<?>> batch = List.of(event(0), event(1), event(2));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        List<String> happened = new ArrayList<>();
        unitOfWork.executeWithResult(() -> {
            if (unitOfWork.isFirstMessage()) {
                unitOfWork.onPrepareCommit(committing -> happened.add("token stored"));
            }
            return new DefaultInterceptorChain<EventMessage<?>>(unitOfWork, interceptors, message -> {
                happened.add("event " + message.getPayload());
                if (unitOfWork.isFirstMessage()) {
                    BeforeTokenIsStored.atEndOfBatch(unitOfWork, () -> happened.add("views written"));
                }
                return null;
            }).proceed();
        });
        return happened;
    }

    private static EventMessage<?> event(int n) {
        return GenericEventMessage.asEventMessage(n);
    }
}
