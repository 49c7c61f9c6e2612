package nl.kwaliteitsnetwerk.ledger.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the writes a handler gathered over a processor's batch (a read model's documents, the broker's
 * acknowledgements) once the batch's last event is handled: still inside the handling, so before the
 * tracking processor stores its token. A prepare-commit hook would be too late: the processor registers
 * its own, which stores the token, first; a crash between the two then left the token past events whose
 * writes were lost (found by the kill -9 test: findings missing from the read model for good).
 * Installed on every event processor by the platform; should it not run, the prepare-commit fallback does.
 */
public final class BeforeTokenIsStored implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String ACTIONS = BeforeTokenIsStored.class.getName() + ".actions";

    /**
     * Runs {@code action} at the end of the batch of {@code unitOfWork}, before its token is stored.
     * Not from within {@code getOrComputeResource}: the resources are a plain map.
     */
    public static void atEndOfBatch(UnitOfWork<?> unitOfWork, Runnable action) {
        UnitOfWork<?> root = unitOfWork.root();
        List<Runnable> actions = root.getResource(ACTIONS);
        if (actions == null) {
            List<Runnable> registered = new ArrayList<>();
            root.resources().put(ACTIONS, registered);
            root.onPrepareCommit(committing -> runAll(registered));
            actions = registered;
        }
        actions.add(action);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        UnitOfWork<?> root = unitOfWork.root();
        if (root instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            List<Runnable> actions = root.getResource(ACTIONS);
            if (actions != null) {
                runAll(actions);
            }
        }
        return result;
    }

    private static void runAll(List<Runnable> actions) {
        List<Runnable> due = new ArrayList<>(actions);
        actions.clear();
        due.forEach(Runnable::run);
    }
}
