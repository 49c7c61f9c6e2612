package nl.kwaliteitsnetwerk.ledger.platform.eventstore;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.platform.web.FrameworkController;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** The assessment frameworks that ship with the ledger, for every service's rules and queries. */
@AutoConfiguration
public class FrameworksAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FrameworkCatalog frameworkCatalog() {
        return FrameworkCatalog.shipped();
    }

    @Bean
    @ConditionalOnWebApplication
    public FrameworkController frameworkController(FrameworkCatalog frameworks) {
        return new FrameworkController(frameworks);
    }
}
