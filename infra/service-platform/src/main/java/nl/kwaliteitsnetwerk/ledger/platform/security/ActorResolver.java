package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.platform.web.TypedArgumentResolver;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Fills an {@link Actor} argument: the caller, in the first of the handler's {@link Allowed} roles they
 * hold, the role the act is recorded in. The roles are the endpoint's own, stated once.
 */
class ActorResolver extends TypedArgumentResolver<Actor> {

    private final CallerResolver callers;

    ActorResolver(CallerResolver callers) {
        super(Actor.class);
        this.callers = callers;
    }

    @Override
    protected Actor resolve(MethodParameter parameter, NativeWebRequest request) {
        Allowed allowed = parameter.getMethodAnnotation(Allowed.class);
        if (allowed == null) {
            throw new IllegalStateException("An Actor argument needs @Allowed on its handler");
        }
        return callers.current().actingAs(allowed.value());
    }
}
