package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditViewRepository;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader;
import nl.kwaliteitsnetwerk.ledger.testsupport.TopicReader.Delivery;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many writers on many audits at once. The Mongo extension's tracking token is a timestamp with a
 * look-back window, so commits that land out of timestamp order are where events could slip past
 * a tracking processor; this proves none does, on the way to the read model and to Kafka.
 */
class ConcurrentWritersTest extends ServiceTestBase {

    private static final int AUDITS = 12;
    private static final int WRITERS = 8;
    private static final int FINDINGS = 480;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor LEAD = Actor.of("lead", Role.LEAD_AUDITOR);
    private static final Actor AUDITOR = Actor.of("auditor", Role.AUDITOR);

    @Autowired
    CommandGateway commands;

    @Autowired
    AuditViewRepository views;

    @Test
    void noEventIsLostUnderConcurrentWriters() throws Exception {
        List<String> audits = new ArrayList<>();
        for (int i = 0; i < AUDITS; i++) {
            audits.add(auditOnSiteVisit());
        }
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            work.add(writers.submit(() -> {
                for (int n = 0; n < FINDINGS / WRITERS; n++) {
                    String auditId = audits.get(ThreadLocalRandom.current().nextInt(AUDITS));
                    commands.sendAndWait(new RecordFinding(auditId, UUID.randomUUID().toString(), "KS1",
                            FindingKind.OBSERVATION, "gelijktijdig", List.of(new EvidenceReference(
                            EvidenceReference.Kind.DOCUMENT, "jaarverslag")), AUDITOR, null));
                    accepted.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        writers.shutdown();
        assertThat(accepted).hasValue(FINDINGS);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(audits.stream()
                .mapToInt(id -> views.find(id).map(v -> v.findings.size()).orElse(0)).sum()).isEqualTo(FINDINGS));
        for (String auditId : audits) {
            AuditView view = views.find(auditId).orElseThrow();
            assertThat(view.version).as("view of %s", auditId).isEqualTo(3L + view.findings.size());
        }

        long expectedEvents = AUDITS * 4L + FINDINGS;
        List<Delivery> deliveries = TopicReader.readUntil(IntegrationTopics.AUDITS, new HashSet<>(audits),
                d -> d.size() >= expectedEvents, Duration.ofSeconds(60));
        assertThat(deliveries).hasSize((int) expectedEvents);
        DeliveryCheck check = new DeliveryCheck();
        deliveries.forEach(d -> assertThat(check.offer(d.event())).isEqualTo(DeliveryCheck.Verdict.NEXT));
        Set<String> eventIds = new HashSet<>();
        deliveries.forEach(d -> eventIds.add(d.event().eventId()));
        assertThat(eventIds).hasSize((int) expectedEvents);
    }

    private String auditOnSiteVisit() {
        String auditId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleAudit(auditId, new InstitutionRef("29WT", 21274,
                "Business Marketing Services B.V."),
                AuditKind.INSTITUTIONAL, null, LocalDate.parse("2027-03-01"),
                new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013"), ADMIN));
        commands.sendAndWait(new AssignAuditTeam(auditId, new TeamMember("lead", "Lea", "ROC Elders", "25LH"),
                List.of(new TeamMember("auditor", "Aad", "Kwaliteitsnetwerk", null)), ADMIN, null));
        commands.sendAndWait(new RecordIntake(auditId, BusinessTime.today(clock), "Focus", LEAD, null));
        commands.sendAndWait(new StartSiteVisit(auditId, LEAD, null));
        return auditId;
    }
}
