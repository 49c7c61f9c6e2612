package nl.kwaliteitsnetwerk.ledger.platform.observability;

import org.bson.Document;
import org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which every MongoDB and the embedded wire-protocol server answer.
 * Spring Boot's own indicator sends {@code hello}, which mongo-java-server does not know.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@ConditionalOnBean(MongoTemplate.class)
public class HealthAutoConfiguration {

    @Bean
    public HealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongoTemplate.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongoTemplate.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
