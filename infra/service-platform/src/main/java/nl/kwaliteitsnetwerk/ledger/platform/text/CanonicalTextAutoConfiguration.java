package nl.kwaliteitsnetwerk.ledger.platform.text;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The text rule at the web edge of every service: request bodies, query parameters and path variables. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(CanonicalRequestBodies.class)
public class CanonicalTextAutoConfiguration {

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
