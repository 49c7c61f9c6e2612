package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.Operation;
import nl.kwaliteitsnetwerk.ledger.platform.security.EndpointAccess;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents who may call each operation, from the handler's own {@code @Allowed}/{@code @SignedIn}: as the
 * extension {@code x-roles} (role names, or {@code signed-in}) for tools and tests, such as the role matrix
 * generated from the document, and in words in the description for people.
 */
class RolesDocumented implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        EndpointAccess.of(handlerMethod).ifPresent(access -> {
            operation.addExtension("x-roles", access.names());
            String who = access.everySignedIn() ? "Every signed-in user; what each sees is decided per record."
                    : "Roles: " + String.join(", ", access.names()) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        });
        return operation;
    }
}
