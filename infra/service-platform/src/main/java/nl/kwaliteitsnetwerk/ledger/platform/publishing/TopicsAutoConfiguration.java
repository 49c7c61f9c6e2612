package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The settings every service declares its topics with ({@code qal.integration.*}). */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class TopicsAutoConfiguration {

    @Bean
    public DurableTopics durableTopics(@Value("${qal.integration.partitions}") int partitions,
                                       @Value("${qal.integration.replication-factor}") short replicationFactor,
                                       @Value("${qal.integration.min-insync-replicas}") int minInSyncReplicas) {
        return new DurableTopics(partitions, replicationFactor, minInSyncReplicas);
    }
}
