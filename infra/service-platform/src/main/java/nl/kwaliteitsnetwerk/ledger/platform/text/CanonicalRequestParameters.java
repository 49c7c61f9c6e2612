package nl.kwaliteitsnetwerk.ledger.platform.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * The text rule for query parameters and path variables, which can carry control characters too
 * (percent-encoded). A parameter's name is checked but never echoed, as it is the caller's text.
 */
public class CanonicalRequestParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean form = isBrowserForm(request);
        request.getParameterMap().forEach((name, values) -> {
            WellFormedText.require("a query parameter's name", name);
            for (String value : values) {
                // a browser sends a text area's line breaks as CR LF; the form's command reads them as LF (FormFields)
                WellFormedText.require(name, form ? value.replace("\r\n", "\n") : value);
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> WellFormedText.require(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    private static boolean isBrowserForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
