package nl.kwaliteitsnetwerk.ledger.platform.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemDetailsAdvice;
import nl.kwaliteitsnetwerk.ledger.platform.web.StrictRequestJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The browser pages every service serves under {@code /ui}: Dutch first and English second (a {@code lang}
 * parameter switches, a cookie keeps it), the login page, forms that send the API's commands
 * ({@link FormCommands}) and errors shown as pages ({@link BrowserPageErrors}). Security is
 * {@code BrowserSecurityAutoConfiguration}'s.
 */
/* before Spring MVC's, which otherwise makes an Accept-Language resolver of its own */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UiAutoConfiguration {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("qal-lang");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Bean
    public WebMvcConfigurer browserPages() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor languages = new LocaleChangeInterceptor();
                languages.setParamName("lang");
                languages.setIgnoreInvalidLocale(true);
                registry.addInterceptor(new SupportedLanguages(languages)).addPathPatterns("/ui", "/ui/**", "/login");
            }

            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addViewController("/login").setViewName("ui/login");
            }
        };
    }

    /** Named so that templates reach it as {@code @uiLinks}. */
    @Bean
    public UiLinks uiLinks(Environment environment) {
        return Binder.get(environment).bindOrCreate("qal.ui.links", UiLinks.class);
    }

    @Bean
    ProblemOf problemOf(ProblemDetailsAdvice advice) {
        return new ProblemOf(advice);
    }

    @Bean
    BrowserPageErrors browserPageErrors(ProblemOf problemOf) {
        return new BrowserPageErrors(problemOf);
    }

    @Bean
    public FormCommands formCommands(ObjectMapper objectMapper, Validator validator, ProblemOf problemOf) {
        return new FormCommands(StrictRequestJson.strict(objectMapper), validator, problemOf);
    }
}
