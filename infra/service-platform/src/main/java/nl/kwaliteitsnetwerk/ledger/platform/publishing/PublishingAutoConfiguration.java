package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import nl.kwaliteitsnetwerk.ledger.platform.observability.TraceContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;

/** Publishes a service's integration events to Kafka, and makes sure its topics exist. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(IntegrationEventTranslator.class)
public class PublishingAutoConfiguration {

    @Bean
    public IntegrationEventPublisher integrationEventPublisher(
            List<IntegrationEventTranslator> translators,
            KafkaTemplate<String, String> kafkaTemplate,
            @Value("${qal.integration.send-timeout-ms:30000}") long sendTimeoutMillis,
            TraceContext traceContext) {
        return new IntegrationEventPublisher(translators, kafkaTemplate, sendTimeoutMillis, traceContext);
    }

    @Bean
    @ConditionalOnProperty(name = "qal.integration.replay-on-start", havingValue = "true")
    public FeedReplayOnStart feedReplayOnStart() {
        return new FeedReplayOnStart();
    }

    @Bean
    public KafkaAdmin.NewTopics integrationTopics(List<IntegrationEventTranslator> translators, DurableTopics topics) {
        return topics.declareAll(translators.stream().map(IntegrationEventTranslator::topic).toList());
    }
}
