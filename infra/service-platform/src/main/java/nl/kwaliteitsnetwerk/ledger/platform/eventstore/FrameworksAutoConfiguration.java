package nl.kwaliteitsnetwerk.ledger.platform.eventstore;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.platform.web.FrameworkController;
import nl.kwaliteitsnetwerk.ledger.platform.web.InstitutionController;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The assessment frameworks and the institution register that ship with the ledger, for every service's rules
 * (Axon injects both into command handlers) and queries.
 */
@AutoConfiguration
public class FrameworksAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FrameworkCatalog frameworkCatalog() {
        return FrameworkCatalog.shipped();
    }

    @Bean
    @ConditionalOnMissingBean
    public InstitutionRegister institutionRegister() {
        return InstitutionRegister.shipped();
    }

    @Bean
    @ConditionalOnWebApplication
    public InstitutionController institutionController(InstitutionRegister register) {
        return new InstitutionController(register);
    }

    @Bean
    @ConditionalOnWebApplication
    public FrameworkController frameworkController(FrameworkCatalog frameworks) {
        return new FrameworkController(frameworks);
    }
}
