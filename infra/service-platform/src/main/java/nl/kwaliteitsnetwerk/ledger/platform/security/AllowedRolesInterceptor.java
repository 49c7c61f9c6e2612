package nl.kwaliteitsnetwerk.ledger.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link Allowed}: runs after the handler is chosen and before any argument is resolved, so a
 * caller without the role gets 403 without the body being read or a word about the record it names.
 * A handler of this code base that states no roles is refused (fail closed), though {@link RolesStated}
 * already stops such a service from starting.
 */
class AllowedRolesInterceptor implements HandlerInterceptor {

    static final String NOT_PERMITTED = "Your role does not allow this request.";

    private final CallerResolver callers;

    AllowedRolesInterceptor(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // an async dispatch (a server-sent event stream) continues a request that was admitted already
        if (!(handler instanceof HandlerMethod method) || !RolesStated.isOwn(method)
                || request.getDispatcherType() == DispatcherType.ASYNC) {
            return true;
        }
        boolean admitted = EndpointAccess.of(method).map(access -> access.admits(callers.current())).orElse(false);
        if (!admitted) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, NOT_PERMITTED);
        }
        return true;
    }
}
