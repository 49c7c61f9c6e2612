package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.util.List;

/**
 * A controller argument that one of the platform's own argument resolvers fills in (the {@code Caller},
 * an expected version) is no part of the HTTP interface: without this it would be documented as a
 * required query parameter and generated clients would have to send it.
 */
class ResolvedArgumentsHidden implements ParameterCustomizer {

    private static final String OWN_PACKAGE = "nl.kwaliteitsnetwerk";

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

    ResolvedArgumentsHidden(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.adapter = adapter;
    }

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        return ownResolvers().stream().anyMatch(resolver -> resolver.supportsParameter(methodParameter))
                ? null : parameter;
    }

    private List<HandlerMethodArgumentResolver> ownResolvers() {
        RequestMappingHandlerAdapter handlerAdapter = adapter.getIfAvailable();
        if (handlerAdapter == null || handlerAdapter.getCustomArgumentResolvers() == null) {
            return List.of();
        }
        return handlerAdapter.getCustomArgumentResolvers().stream()
                .filter(resolver -> resolver.getClass().getName().startsWith(OWN_PACKAGE))
                .toList();
    }
}
