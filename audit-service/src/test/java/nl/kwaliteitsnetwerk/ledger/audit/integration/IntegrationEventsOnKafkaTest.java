package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader.Delivery;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck.Verdict;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit event reaches the audits topic as a versioned integration event, keyed by audit id,
 * in order; a consumer tells a duplicate and a gap apart with what the envelope carries.
 */
class IntegrationEventsOnKafkaTest extends ServiceTestBase {

    @Test
    void everyAuditEventIsPublishedInOrderKeyedByAudit() {
        AuditJourney first = fullAudit();
        AuditJourney second = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        List<Delivery> deliveries = TopicReader.readUntil(IntegrationTopics.AUDITS, Set.of(first.auditId, second.auditId),
                d -> d.size() >= first.version + second.version + 2, Duration.ofSeconds(30));

        assertThat(deliveries).hasSize((int) (first.version + second.version + 2));
        DeliveryCheck check = new DeliveryCheck();
        deliveries.forEach(d -> assertThat(check.offer(d.event())).as("delivery %s", d).isEqualTo(Verdict.NEXT));
        assertThat(check.lastApplied("Audit", first.auditId)).isEqualTo(first.version);
        assertThat(check.lastApplied("Audit", second.auditId)).isEqualTo(second.version);

        assertThat(deliveries).allSatisfy(d -> {
            IntegrationEvent event = d.event();
            assertThat(d.key()).isEqualTo(event.aggregateId());
            assertThat(event.envelopeVersion()).isEqualTo(IntegrationEvent.ENVELOPE_VERSION);
            assertThat(event.eventType()).startsWith("audit.");
            assertThat(event.schemaVersion()).isEqualTo(1);
            assertThat(event.institutionCode()).isEqualTo("29WT");
            assertThat(event.actor().userId()).isNotBlank();
            assertThat(event.payload().toString()).doesNotContain("nl.kwaliteitsnetwerk", "@class");
        });
        assertThat(deliveries.stream().map(d -> d.event().eventId()).distinct()).hasSize(deliveries.size());
        assertThat(deliveries.stream().filter(d -> d.key().equals(first.auditId)).map(Delivery::partition).distinct())
                .as("one audit, one partition: its order is kept").hasSize(1);
        assertThat(deliveries.stream().filter(d -> d.key().equals(first.auditId)).map(d -> d.event().eventType()).toList())
                .startsWith("audit.scheduled", "audit.team-assigned", "audit.intake-recorded", "audit.site-visit-started",
                        "audit.finding-recorded")
                .endsWith("audit.summary-published", "audit.follow-up-opened");
    }

    @Test
    void aConsumerRecognisesARedeliveryAndAGap() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        List<IntegrationEvent> events = TopicReader.readUntil(IntegrationTopics.AUDITS, Set.of(audit.auditId),
                        d -> d.size() > audit.version, Duration.ofSeconds(30)).stream()
                .map(Delivery::event).collect(Collectors.toCollection(ArrayList::new));
        assertThat(events).hasSize((int) audit.version + 1);

        DeliveryCheck redelivered = new DeliveryCheck();
        events.forEach(redelivered::offer);
        assertThat(redelivered.offer(events.get(1))).isEqualTo(Verdict.DUPLICATE);

        DeliveryCheck withHole = new DeliveryCheck();
        IntegrationEvent skipped = events.remove(2);
        assertThat(events.stream().map(withHole::offer).toList()).containsExactly(Verdict.NEXT, Verdict.NEXT, Verdict.GAP);
        assertThat(withHole.offer(skipped)).isEqualTo(Verdict.NEXT);
    }

    private AuditJourney fullAudit() {
        return AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit().findingsOnEveryStandard()
                .everyStandardJudged().visitClosed().conceptIssued().commentedOn().commentDisposed().finalised().published();
    }
}
