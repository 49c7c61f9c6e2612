package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblem;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblemException;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.CallerResolver;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the {@link Posted} argument of the workspace's form handlers: which audit, the version the page showed (the
 * form's hidden field {@code version}), who posted it, and where to answer, so that each handler states only its
 * roles, its request and the API handler it calls.
 */
@Component
class PostedForms implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final CallerResolver callers;

    PostedForms(CallerResolver callers) {
        this.callers = callers;
    }

    /** A workspace form as posted to {@code /ui/audits/{auditId}/...}. */
    record Posted(String auditId, long version, Caller caller, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes flash, Locale locale) {

        ExpectedVersion expected() {
            return ExpectedVersion.of(version);
        }
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Posted.class;
    }

    @Override
    public Posted resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest web,
                                  WebDataBinderFactory binders) {
        HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        container.setRedirectModel(flash);
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new Posted(path.get("auditId"), version(request.getParameter("version")), callers.current(), request,
                web.getNativeResponse(HttpServletResponse.class), model(container), flash,
                RequestContextUtils.getLocale(request));
    }

    /** The model the view of a refused form is rendered with: the handler's own (Spring's default is a Model). */
    private static Model model(ModelAndViewContainer container) {
        if (container.getDefaultModel() instanceof Model model) {
            return model;
        }
        throw new IllegalStateException("The handler's model is no " + Model.class.getName());
    }

    private static long version(String value) {
        if (value == null || value.isBlank()) {
            throw new EdgeProblemException(EdgeProblem.MISSING_PARAMETER, "The form carries no version.", "version");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new EdgeProblemException(EdgeProblem.TYPE_MISMATCH, "Parameter 'version' has an invalid value.",
                    "version");
        }
    }
}
