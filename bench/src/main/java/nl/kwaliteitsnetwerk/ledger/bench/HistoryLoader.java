package nl.kwaliteitsnetwerk.ledger.bench;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the event store with history through the command gateway (the same aggregate and store as
 * the API, without HTTP): audits of 100 events each, four of set-up and 96 findings.
 */
final class HistoryLoader {

    static final int EVENTS_PER_AUDIT = 100;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor LEAD = Actor.of("lead", Role.LEAD_AUDITOR);
    private static final Actor AUDITOR = Actor.of("auditor", Role.AUDITOR);
    private static final List<EvidenceReference> EVIDENCE =
            List.of(new EvidenceReference(EvidenceReference.Kind.DOCUMENT, "Jaarverslag"));

    private static final long PROGRESS_EVERY = 5_000;

    private final CommandGateway commands;
    private final AtomicLong appended = new AtomicLong();
    private volatile long lastProgressNanos = System.nanoTime();

    HistoryLoader(CommandGateway commands) {
        this.commands = commands;
    }

    /** Appends about {@code events} events with {@code threads} writers; returns how many it appended. */
    long load(long events, int threads) throws Exception {
        int audits = (int) (events / EVENTS_PER_AUDIT);
        lastProgressNanos = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = audits / threads + (t < audits % threads ? 1 : 0);
            work.add(pool.submit(() -> {
                for (int a = 0; a < share; a++) {
                    oneAudit();
                    reportProgress(appended.addAndGet(EVENTS_PER_AUDIT));
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        return (long) audits * EVENTS_PER_AUDIT;
    }

    /** A line per 5,000 events, so a run too slow to finish still shows how the append rate falls. */
    private synchronized void reportProgress(long total) {
        if (total % PROGRESS_EVERY == 0) {
            long now = System.nanoTime();
            System.out.printf("  history: %d events appended, %.1f events/s over the last %d%n",
                    total, PROGRESS_EVERY / ((now - lastProgressNanos) / 1e9), PROGRESS_EVERY);
            lastProgressNanos = now;
        }
    }

    private void oneAudit() {
        String auditId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleAudit(auditId, new InstitutionRef("29WT", 21274, "Business Marketing Services B.V."),
                AuditKind.INSTITUTIONAL, null, LocalDate.now().plusMonths(1),
                new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013"), ADMIN));
        commands.sendAndWait(new AssignAuditTeam(auditId, new TeamMember("lead", "Lea", "ROC Elders", "25LH"),
                List.of(new TeamMember("auditor", "Aad", "Netwerk", null)), ADMIN, null));
        commands.sendAndWait(new RecordIntake(auditId, LocalDate.now(), "Bench", LEAD, null));
        commands.sendAndWait(new StartSiteVisit(auditId, LEAD, null));
        for (int n = 0; n < EVENTS_PER_AUDIT - 4; n++) {
            commands.sendAndWait(new RecordFinding(auditId, UUID.randomUUID().toString(), "KS" + (1 + n % 6),
                    FindingKind.OBSERVATION, "Geschiedenis " + n, EVIDENCE, AUDITOR, null));
        }
    }
}
