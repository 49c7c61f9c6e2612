package nl.kwaliteitsnetwerk.ledger.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.util.Set;

/** Only the languages the pages are written in may be chosen: Dutch and English; any other value is ignored. */
final class SupportedLanguages implements HandlerInterceptor {

    static final Set<String> LANGUAGES = Set.of("nl", "en");

    private final LocaleChangeInterceptor change;

    SupportedLanguages(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String language = request.getParameter(change.getParamName());
        return language == null || !LANGUAGES.contains(language) || change.preHandle(request, response, handler);
    }
}
