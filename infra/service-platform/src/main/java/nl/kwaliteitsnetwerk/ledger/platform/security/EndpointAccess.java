package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Optional;

/** What an endpoint states about who may call it: {@link Allowed} roles, or {@link SignedIn} (every role). */
public record EndpointAccess(List<Role> roles, boolean everySignedIn) {

    public EndpointAccess {
        roles = List.copyOf(roles);
    }

    /** Empty when the handler states neither; both stated is a mistake {@link RolesStated} refuses. */
    public static Optional<EndpointAccess> of(HandlerMethod handler) {
        Allowed allowed = handler.getMethodAnnotation(Allowed.class);
        if (allowed != null) {
            return Optional.of(new EndpointAccess(List.of(allowed.value()), false));
        }
        return handler.hasMethodAnnotation(SignedIn.class)
                ? Optional.of(new EndpointAccess(List.of(), true)) : Optional.empty();
    }

    public boolean admits(Caller caller) {
        return everySignedIn || roles.stream().anyMatch(caller::has);
    }

    /** For the OpenAPI document: the role names, or {@code signed-in}. */
    public List<String> names() {
        return everySignedIn ? List.of("signed-in") : roles.stream().map(Role::name).toList();
    }
}
