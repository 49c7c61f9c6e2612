package nl.kwaliteitsnetwerk.ledger.platform.text;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The text rule at the web edge of every service: request bodies, query parameters and path variables. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CanonicalTextAutoConfiguration {

    @Bean
    public CanonicalRequestBodies canonicalRequestBodies() {
        return new CanonicalRequestBodies();
    }

    @Bean
    public WebMvcConfigurer canonicalRequestParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new CanonicalRequestParameters());
            }
        };
    }
}
