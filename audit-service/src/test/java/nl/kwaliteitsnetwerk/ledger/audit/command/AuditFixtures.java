package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The cast and the stages of an audit, as histories to start a fixture test from. */
public final class AuditFixtures {

    public static final String AUDIT = "audit-1";
    public static final Instant NOW = Instant.parse("2027-03-10T10:00:00Z");
    public static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));
    public static final InstitutionRef ROC_VOORBEELD = new InstitutionRef("29WT", 21274, "ROC Voorbeeld");
    public static final FrameworkRef NETWORK_FRAMEWORK = new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "2013");
    public static final FrameworkRef BKA_FRAMEWORK = new FrameworkRef("inspectie-onderzoekskader-mbo-bka", "2021");
    public static final List<String> STANDARDS = List.of("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");

    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor LEAD = Actor.of("lead", Role.LEAD_AUDITOR);
    public static final Actor AUDITOR = Actor.of("auditor", Role.AUDITOR);
    public static final Actor OUTSIDE_AUDITOR = Actor.of("auditor9", Role.AUDITOR);
    public static final Actor ROC = Actor.forInstitution("roc", "29WT");
    public static final Actor OTHER_ROC = Actor.forInstitution("other-roc", "25LH");
    public static final Actor COUNCIL = Actor.of("council", Role.QUALITY_COUNCIL);

    public static final TeamMember LEAD_MEMBER = new TeamMember("lead", "Lea Lead", "ROC Elders", "25LH");
    public static final TeamMember AUDITOR_MEMBER = new TeamMember("auditor", "Aad Auditor", "Kwaliteitsnetwerk mbo", null);
    public static final List<EvidenceReference> EVIDENCE = List.of(
            new EvidenceReference(EvidenceReference.Kind.INTERVIEW, "team Zorg en Welzijn, docenten"),
            new EvidenceReference(EvidenceReference.Kind.DOCUMENT, "Kwaliteitsplan 2026"));

    private AuditFixtures() {
    }

    public static AggregateTestFixture<Audit> fixture(MutableClock clock) {
        AggregateTestFixture<Audit> fixture = new AggregateTestFixture<>(Audit.class);
        fixture.registerInjectableResource(FrameworkCatalog.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    public static MutableClock clock() {
        return new MutableClock(NOW);
    }

    public static List<Object> scheduled() {
        return List.of(new AuditScheduled(AUDIT, ROC_VOORBEELD, AuditKind.INSTITUTIONAL, null,
                LocalDate.parse("2027-03-01"), NETWORK_FRAMEWORK, ADMIN, NOW));
    }

    public static List<Object> teamAssigned() {
        return plus(scheduled(), new AuditTeamAssigned(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, NOW));
    }

    public static List<Object> intakeHeld() {
        return plus(teamAssigned(), new IntakeRecorded(AUDIT, LocalDate.parse("2027-02-01"), "Focus op BPV", LEAD, NOW));
    }

    public static List<Object> onSiteVisit() {
        return plus(intakeHeld(), new SiteVisitStarted(AUDIT, LEAD, NOW));
    }

    /** On the site visit, one finding per standard; the one on KS2 is an improvement point. */
    public static List<Object> findingsOnEveryStandard() {
        List<Object> history = new ArrayList<>(onSiteVisit());
        STANDARDS.forEach(code -> history.add(finding("f-" + code, code,
                code.equals("KS2") ? FindingKind.IMPROVEMENT_POINT : FindingKind.STRENGTH)));
        return history;
    }

    public static FindingRecorded finding(String id, String standard, FindingKind kind) {
        return new FindingRecorded(AUDIT, id, standard, kind, "Bevinding over " + standard, EVIDENCE, AUDITOR, NOW);
    }

    public static StandardJudged judged(int number, String standard, String value) {
        return new StandardJudged(AUDIT, "judgement-" + number, standard, value, "onderbouwing", NETWORK_FRAMEWORK,
                null, null, LEAD, NOW);
    }

    public static List<Object> everyStandardJudged() {
        List<Object> history = new ArrayList<>(findingsOnEveryStandard());
        for (int i = 0; i < STANDARDS.size(); i++) {
            history.add(judged(i + 1, STANDARDS.get(i), "3"));
        }
        history.add(new OverallJudgementRecorded(AUDIT, "judgement-7", "3", "integraal systeem", NETWORK_FRAMEWORK,
                null, null, LEAD, NOW));
        return history;
    }

    public static List<Object> visitClosed() {
        return plus(everyStandardJudged(), new OralFeedbackGiven(AUDIT, "Dank voor de openheid", LEAD, NOW));
    }

    public static List<Object> conceptIssued() {
        return plus(visitClosed(), new ConceptReportIssued(AUDIT, 1, "Conceptrapport", DEADLINE, LEAD, NOW));
    }

    public static List<Object> reopened() {
        return plus(conceptIssued(), new AuditReopened(AUDIT, "Nieuwe informatie over KS4", LEAD, NOW));
    }

    public static List<Object> commentedBy(Actor actor, String commentId) {
        return plus(conceptIssued(), new ConceptCommented(AUDIT, commentId, 1, "KS2", "Graag nuanceren", actor, NOW));
    }

    public static List<Object> finalised() {
        return plus(conceptIssued(), new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK,
                Map.of("KS1", "3", "KS2", "3", "KS3", "3", "KS4", "3", "KS5", "3", "KS6", "3"), "3",
                List.of("f-KS2"), LEAD, DEADLINE.plusSeconds(1)));
    }

    public static List<Object> published() {
        return plus(finalised(),
                new PublicSummaryPublished(AUDIT, "Samenvatting", LEAD, DEADLINE.plusSeconds(2)),
                new FollowUpActionOpened(AUDIT, "fu-f-KS2", "f-KS2", "KS2", "Bevinding over KS2", "29WT",
                        LocalDate.parse("2028-01-01"), LEAD, DEADLINE.plusSeconds(2)));
    }

    /** One event of every kind an audit records. */
    public static List<Object> oneOfEachEvent() {
        return plus(published(),
                new FindingCorrected(AUDIT, "f-KS1", 1, "KS1", FindingKind.OBSERVATION, "x", EVIDENCE, "reden", AUDITOR, NOW),
                new FindingRetracted(AUDIT, "f-KS1", "reden", AUDITOR, NOW),
                new AuditReopened(AUDIT, "reden", LEAD, NOW),
                new ConceptCommented(AUDIT, "c1", 1, null, "x", ROC, NOW),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "x", LEAD, NOW),
                new ErratumIssued(AUDIT, "e1", "x", "y", LEAD, NOW),
                new FollowUpReportedDone(AUDIT, "fu", "x", ROC, NOW),
                new FollowUpAccepted(AUDIT, "fu", "x", LEAD, NOW),
                new FollowUpReopened(AUDIT, "fu", "x", LocalDate.parse("2028-01-01"), LEAD, NOW));
    }

    public static List<Object> plus(List<Object> history, Object... more) {
        return Stream.concat(history.stream(), Stream.of(more)).toList();
    }
}
