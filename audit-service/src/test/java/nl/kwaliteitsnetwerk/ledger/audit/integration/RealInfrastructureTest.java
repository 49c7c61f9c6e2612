package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.RealInfrastructureTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole audit, from scheduling to publication, on a real MongoDB replica set and a real Kafka broker. */
class RealInfrastructureTest extends RealInfrastructureTestBase {

    @Test
    void fullAuditOnRealMongoDbAndKafka() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().commentedOn()
                .commentDisposed().finalised().published();

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("lead", audit.path("")).body(),
                body -> body.path("version").asLong(-1) >= audit.version);
        assertThat(view.path("status").asText()).isEqualTo("PUBLISHED");

        assertDeliveredInOrder(IntegrationTopics.AUDITS, "Audit", audit.auditId, audit.version);
    }
}
