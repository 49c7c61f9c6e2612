package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.stack.MutableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The cast and the stages of an audit, as histories to start a fixture test from. */
final class AuditFixtures {

    static final String AUDIT = "audit-1";
    static final Instant NOW = Instant.parse("2027-03-10T10:00:00Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));
    static final InstitutionRef ROC_VOORBEELD = new InstitutionRef("29WT", 21274, "ROC Voorbeeld");
    static final FrameworkRef NETWORK_FRAMEWORK = new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013");
    static final FrameworkRef BKA_FRAMEWORK = new FrameworkRef("inspectie-onderzoekskader-mbo-bka", "2021");
    static final List<String> STANDARDS = List.of("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");

    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor LEAD = Actor.of("lead", Role.LEAD_AUDITOR);
    static final Actor AUDITOR = Actor.of("auditor", Role.AUDITOR);
    static final Actor OUTSIDE_AUDITOR = Actor.of("auditor9", Role.AUDITOR);
    static final Actor ROC = Actor.forInstitution("roc", "29WT");
    static final Actor OTHER_ROC = Actor.forInstitution("other-roc", "25LH");
    static final Actor COUNCIL = Actor.of("council", Role.QUALITY_COUNCIL);

    static final TeamMember LEAD_MEMBER = new TeamMember("lead", "Lea Lead", "ROC Elders", "25LH");
    static final TeamMember AUDITOR_MEMBER = new TeamMember("auditor", "Aad Auditor", "Kwaliteitsnetwerk mbo", null);
    static final List<EvidenceReference> EVIDENCE = List.of(
            new EvidenceReference(EvidenceReference.Kind.INTERVIEW, "team Zorg en Welzijn, docenten"),
            new EvidenceReference(EvidenceReference.Kind.DOCUMENT, "Kwaliteitsplan 2026"));

    private AuditFixtures() {
    }

    static AggregateTestFixture<Audit> fixture(MutableClock clock) {
        AggregateTestFixture<Audit> fixture = new AggregateTestFixture<>(Audit.class);
        fixture.registerInjectableResource(FrameworkCatalog.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    static MutableClock clock() {
        return new MutableClock(NOW);
    }

    static List<Object> scheduled() {
        return List.of(new AuditScheduled(AUDIT, ROC_VOORBEELD, AuditKind.INSTITUTIONAL, null,
                LocalDate.parse("2027-03-01"), NETWORK_FRAMEWORK, ADMIN, NOW));
    }

    static List<Object> teamAssigned() {
        return plus(scheduled(), new AuditTeamAssigned(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, NOW));
    }

    static List<Object> intakeHeld() {
        return plus(teamAssigned(), new IntakeRecorded(AUDIT, LocalDate.parse("2027-02-01"), "Focus op BPV", LEAD, NOW));
    }

    static List<Object> onSiteVisit() {
        return plus(intakeHeld(), new SiteVisitStarted(AUDIT, LEAD, NOW));
    }

    /** On the site visit, one finding per standard; the one on KS2 is an improvement point. */
    static List<Object> findingsOnEveryStandard() {
        List<Object> history = new ArrayList<>(onSiteVisit());
        STANDARDS.forEach(code -> history.add(finding("f-" + code, code,
                code.equals("KS2") ? FindingKind.IMPROVEMENT_POINT : FindingKind.STRENGTH)));
        return history;
    }

    static FindingRecorded finding(String id, String standard, FindingKind kind) {
        return new FindingRecorded(AUDIT, id, standard, kind, "Bevinding over " + standard, EVIDENCE, AUDITOR, NOW);
    }

    static StandardJudged judged(int number, String standard, String value) {
        return new StandardJudged(AUDIT, "judgement-" + number, standard, value, "onderbouwing", NETWORK_FRAMEWORK,
                null, null, LEAD, NOW);
    }

    static List<Object> everyStandardJudged() {
        List<Object> history = new ArrayList<>(findingsOnEveryStandard());
        for (int i = 0; i < STANDARDS.size(); i++) {
            history.add(judged(i + 1, STANDARDS.get(i), "3"));
        }
        history.add(new OverallJudgementRecorded(AUDIT, "judgement-7", "3", "integraal systeem", NETWORK_FRAMEWORK,
                null, null, LEAD, NOW));
        return history;
    }

    static List<Object> visitClosed() {
        return plus(everyStandardJudged(), new OralFeedbackGiven(AUDIT, "Dank voor de openheid", LEAD, NOW));
    }

    static List<Object> conceptIssued() {
        return plus(visitClosed(), new ConceptReportIssued(AUDIT, 1, "Conceptrapport", DEADLINE, LEAD, NOW));
    }

    static List<Object> commentedBy(Actor actor, String commentId) {
        return plus(conceptIssued(), new ConceptCommented(AUDIT, commentId, 1, "KS2", "Graag nuanceren", actor, NOW));
    }

    static List<Object> finalised() {
        return plus(conceptIssued(), new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK,
                Map.of("KS1", "3", "KS2", "3", "KS3", "3", "KS4", "3", "KS5", "3", "KS6", "3"), "3",
                List.of("f-KS2"), LEAD, DEADLINE.plusSeconds(1)));
    }

    static List<Object> published() {
        return plus(finalised(),
                new PublicSummaryPublished(AUDIT, "Samenvatting", LEAD, DEADLINE.plusSeconds(2)),
                new FollowUpActionOpened(AUDIT, "fu-f-KS2", "f-KS2", "KS2", "Bevinding over KS2", "29WT",
                        LocalDate.parse("2028-01-01"), LEAD, DEADLINE.plusSeconds(2)));
    }

    static List<Object> plus(List<Object> history, Object... more) {
        return Stream.concat(history.stream(), Stream.of(more)).toList();
    }
}
