package nl.kwaliteitsnetwerk.ledger.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Fills every handler argument of exactly one type (not a subtype); the platform's resolvers differ
 * only in how they read the value from the request, so that is all a subclass writes.
 */
public abstract class TypedArgumentResolver<T> implements HandlerMethodArgumentResolver {

    private final Class<T> type;

    protected TypedArgumentResolver(Class<T> type) {
        this.type = type;
    }

    @Override
    public final boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(type);
    }

    @Override
    public final T resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                   NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return resolve(parameter, webRequest);
    }

    /** The value for {@code parameter}, read from {@code request}; refusals are thrown as problems. */
    protected abstract T resolve(MethodParameter parameter, NativeWebRequest request);
}
