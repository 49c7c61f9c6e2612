package nl.kwaliteitsnetwerk.ledger.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The problem the API answers for a failure, for a page to show: the platform's one mapping from failures to
 * statuses and stable codes ({@link ProblemDetailsAdvice}) is asked, never repeated here.
 */
final class ProblemOf {

    private static final ExceptionHandlerMethodResolver HANDLERS =
            new ExceptionHandlerMethodResolver(ProblemDetailsAdvice.class);

    private final ProblemDetailsAdvice advice;

    ProblemOf(ProblemDetailsAdvice advice) {
        this.advice = advice;
    }

    ProblemDetail of(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        Method handler = HANDLERS.resolveMethodByThrowable(failure);
        if (handler == null) {
            return advice.unexpected(failure).getBody();
        }
        try {
            Object answer = handler.invoke(advice, arguments(handler, failure, request, response));
            if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
                return problem;
            }
            if (answer instanceof ResponseEntity<?> entity) {
                return ProblemDetail.forStatus(entity.getStatusCode());
            }
            return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        } catch (IllegalAccessException | InvocationTargetException unanswerable) {
            return advice.unexpected(failure).getBody();
        }
    }

    private static Object[] arguments(Method handler, Exception failure, HttpServletRequest request,
                                      HttpServletResponse response) {
        Class<?>[] types = handler.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i].isInstance(failure)) {
                arguments[i] = failure;
            } else if (failure.getCause() != null && types[i].isInstance(failure.getCause())) {
                arguments[i] = failure.getCause();
            } else if (WebRequest.class.isAssignableFrom(types[i])) {
                arguments[i] = new ServletWebRequest(request, response);
            }
        }
        return arguments;
    }
}
