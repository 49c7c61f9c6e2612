package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.kwaliteitsnetwerk.ledger.platform.eventstore.EventStoreAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.RecurringTask;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Every service's Axon deadline manager is the durable one on its own MongoDB ({@link MongoDeadlineManager}),
 * polled on each instance every {@code qal.deadlines.poll-interval}; a claim an instance holds lasts
 * {@code qal.deadlines.lease}, after which another instance may fire the deadline; after
 * {@code qal.deadlines.max-attempts} firings a deadline is parked, shown in health and metrics and listed for
 * administrators.
 */
@AutoConfiguration(after = EventStoreAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class DeadlineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(DeadlineManager.class)
    public MongoDeadlineManager deadlineManager(MongoDatabaseFactory databases, Configuration configuration,
                                                Serializer serializer, Clock clock,
                                                @Value("${qal.deadlines.lease:PT2M}") Duration lease,
                                                @Value("${qal.deadlines.max-attempts:10}") int maxAttempts,
                                                @Value("${qal.deadlines.finished-retention:P1D}") Duration retention,
                                                ObjectProvider<MeterRegistry> meters) {
        return new MongoDeadlineManager(databases.getMongoDatabase(), new ConfigurationScopeAwareProvider(configuration),
                serializer, clock, new MongoDeadlineManager.Settings(lease, maxAttempts, retention), MongoDeadlineManager.newOwner(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Off ({@code qal.deadlines.poll=false}) only where a test drives {@link MongoDeadlineManager#pollOnce()} itself. */
    @Bean
    @ConditionalOnProperty(name = "qal.deadlines.poll", havingValue = "true", matchIfMissing = true)
    public RecurringTask deadlinePoller(MongoDeadlineManager deadlineManager,
                                        @Value("${qal.deadlines.poll-interval:PT5S}") Duration interval) {
        return new RecurringTask("deadline-poller", interval, interval, deadlineManager::pollOnce);
    }

    @Bean
    @ConditionalOnBean(MongoDeadlineManager.class)
    public DeadlineHealthIndicator deadlinesHealthIndicator(MongoDeadlineManager deadlineManager) {
        return new DeadlineHealthIndicator(deadlineManager.parked());
    }

    @Bean
    @ConditionalOnBean(MongoDeadlineManager.class)
    @ConditionalOnWebApplication
    public ParkedDeadlinesController parkedDeadlinesController(MongoDeadlineManager deadlineManager) {
        return new ParkedDeadlinesController(deadlineManager);
    }
}
