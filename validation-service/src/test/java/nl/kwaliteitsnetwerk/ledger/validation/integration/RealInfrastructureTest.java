package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.RealInfrastructureTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trail on a real MongoDB replica set and a real Kafka broker: a published audit, sent twice, is in
 * the trail once, and the trail rebuilt from the topics is identical.
 */
class RealInfrastructureTest extends RealInfrastructureTestBase {

    @Test
    void theTrailOnRealMongoDbAndKafka() {
        ApiClient api = api();
        PublishedEvents audit = PublishedEvents.publishedAudit("audit-real", "29WT", Instant.parse("2027-01-01T09:00:00Z"),
                "2030-01-01").send(kafkaBootstrapServers(), 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("committee", "/trail/reports/audit-real"),
                r -> r.status() == 200 && r.body().path("entries").size() == audit.events().size());
        ApiClient.Response check = api.post("admin", "/trail/replay-check", ApiClient.json());
        assertThat(check.body().path("identical").asBoolean()).as(check.raw()).isTrue();
    }
}
