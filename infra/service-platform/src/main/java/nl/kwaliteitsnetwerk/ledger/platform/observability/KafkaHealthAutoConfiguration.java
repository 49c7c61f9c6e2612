package nl.kwaliteitsnetwerk.ledger.platform.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;

/**
 * The {@code kafka} health component. The readiness group includes it (with {@code mongo}), the
 * liveness group does not: a broker outage should take replicas out of service, not restart them.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(KafkaAdmin.class)
public class KafkaHealthAutoConfiguration {

    @Bean
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin,
                                                     @Value("${qal.kafka.health-timeout:PT3S}") Duration timeout) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), timeout);
    }
}
