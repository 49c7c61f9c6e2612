package nl.kwaliteitsnetwerk.ledger.platform.web;

import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemErrorController;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemReportValve;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemWriter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The web edge every service shares: request bodies read strictly, a size limit, and problem+json with a
 * code for what Spring MVC's handlers never see (the container's rejections, {@code /error}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebEdgeAutoConfiguration {

    @Bean
    public WebMvcConfigurer strictRequestJson() {
        return new StrictRequestJson();
    }

    @Bean
    public CommandSender commandSender(CommandGateway commandGateway) {
        return new CommandSender(commandGateway);
    }

    /** The expected version (If-Match) and the page asked for, as handler arguments. */
    @Bean
    public WebMvcConfigurer edgeArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ExpectedVersionResolver());
                resolvers.add(new PagingResolver());
            }
        };
    }

    @Bean
    public ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    public FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${qal.web.max-body-bytes:262144}") long maxBodyBytes,
                                                                     ProblemWriter problems) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(maxBodyBytes, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Replaces the HTML error report valve Spring Boot installs on the host; runs after Boot's own customizer. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    }
                    for (Valve valve : context.getParent().getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                            context.getParent().getPipeline().removeValve(valve);
                        }
                    }
                    context.getParent().getPipeline().addValve(new ProblemReportValve());
                });
            }
        };
    }
}
