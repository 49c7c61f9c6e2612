package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Fills an {@link Actor} argument: the caller, in the first of the handler's {@link Allowed} roles they
 * hold, the role the act is recorded in. The roles are the endpoint's own, stated once.
 */
class ActorResolver implements HandlerMethodArgumentResolver {

    private final CallerResolver callers;

    ActorResolver(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Allowed allowed = parameter.getMethodAnnotation(Allowed.class);
        if (allowed == null) {
            throw new IllegalStateException("An Actor argument needs @Allowed on its handler");
        }
        return callers.current().actingAs(allowed.value());
    }
}
