package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Arrays;
import java.util.List;

/**
 * Stops a service at start when one of its endpoints does not say who may call it (neither
 * {@link Allowed} nor {@link SignedIn}, or both), or records an {@link Actor} without naming the roles
 * to record it in: a forgotten statement would otherwise be found by a caller, not by the build.
 */
class RolesStated implements ApplicationListener<ContextRefreshedEvent> {

    private static final String OWN_PACKAGE = "nl.kwaliteitsnetwerk.";

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        List<String> unstated = event.getApplicationContext()
                .getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
                .filter(RolesStated::isOwn)
                .filter(handler -> !statesOnce(handler) || recordsActorWithoutRoles(handler))
                .map(handler -> handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName())
                .sorted().toList();
        if (!unstated.isEmpty()) {
            throw new IllegalStateException("Every endpoint states who may call it, once: @Allowed(roles) or "
                    + "@SignedIn, and @Allowed where it records an Actor. These do not: " + unstated);
        }
    }

    static boolean isOwn(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith(OWN_PACKAGE)
                && !ErrorController.class.isAssignableFrom(handler.getBeanType());
    }

    private static boolean statesOnce(HandlerMethod handler) {
        return handler.hasMethodAnnotation(Allowed.class) != handler.hasMethodAnnotation(SignedIn.class);
    }

    private static boolean recordsActorWithoutRoles(HandlerMethod handler) {
        return !handler.hasMethodAnnotation(Allowed.class) && Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType().equals(Actor.class));
    }
}
