package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids that say what they do and stay put when a handler is added elsewhere: the controller's
 * name without "Controller" and the method's, {@code auditCommandSchedule}, instead of springdoc's
 * method name with a counter ({@code list_4}). Unique per document because handler names are unique
 * per controller; {@code OpenApiDocumentChecks} holds every service to that.
 */
class OperationIds implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        return operation.operationId(of(handlerMethod));
    }

    static String of(HandlerMethod handlerMethod) {
        String controller = handlerMethod.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handlerMethod.getMethod().getName();
        return Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
}
