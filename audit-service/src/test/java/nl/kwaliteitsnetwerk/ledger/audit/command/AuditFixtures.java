package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
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
    public static final InstitutionRef AUDITED_INSTITUTION = new InstitutionRef("29WT", 21274, "Business Marketing Services B.V.");
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
        fixture.registerInjectableResource(InstitutionRegister.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    public static MutableClock clock() {
        return new MutableClock(NOW);
    }

    public static List<Object> scheduled() {
        return List.of(new AuditScheduled(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null,
                LocalDate.parse("2027-03-01"), NETWORK_FRAMEWORK, ADMIN, NOW, null));
    }

    /** As the audit records the team: the lead resolved by the register to 25LH, the auditor to no institution. */
    public static List<Object> teamAssigned() {
        return plus(scheduled(), new AuditTeamAssigned(AUDIT, LEAD_MEMBER.resolvedTo("25LH"), List.of(AUDITOR_MEMBER),
                ADMIN, NOW, null));
    }

    public static List<Object> intakeHeld() {
        return plus(teamAssigned(), new IntakeRecorded(AUDIT, LocalDate.parse("2027-02-01"), "Focus op BPV", LEAD, NOW));
    }

    public static List<Object> onSiteVisit() {
        return plus(intakeHeld(), new SiteVisitStarted(AUDIT, LEAD, NOW, null));
    }

    /** On the site visit, one finding per standard; the one on KS2 is an improvement point. */
    public static List<Object> findingsOnEveryStandard() {
        List<Object> history = new ArrayList<>(onSiteVisit());
        STANDARDS.forEach(code -> history.add(finding("f-" + code, code,
                code.equals("KS2") ? FindingKind.IMPROVEMENT_POINT : FindingKind.STRENGTH)));
        return history;
    }

    public static FindingRecorded finding(String id, String standard, FindingKind kind) {
        return new FindingRecorded(AUDIT, id, standard, kind, "Bevinding over " + standard, EVIDENCE, AUDITOR, NOW,
                null);
    }

    public static StandardJudged judged(int number, String standard, String value) {
        return new StandardJudged(AUDIT, "judgement-" + number, standard, value, "onderbouwing", NETWORK_FRAMEWORK,
                null, null, LEAD, NOW, null);
    }

    public static List<Object> everyStandardJudged() {
        List<Object> history = new ArrayList<>(findingsOnEveryStandard());
        for (int i = 0; i < STANDARDS.size(); i++) {
            history.add(judged(i + 1, STANDARDS.get(i), "3"));
        }
        history.add(new OverallJudgementRecorded(AUDIT, "judgement-7", "3", "integraal systeem", NETWORK_FRAMEWORK,
                null, null, LEAD, NOW, null));
        return history;
    }

    public static List<Object> visitClosed() {
        return plus(everyStandardJudged(), new OralFeedbackGiven(AUDIT, "Dank voor de openheid", LEAD, NOW, null));
    }

    /** What every fixture judges: 3 on each standard and overall. */
    public static final Map<String, String> JUDGED = Map.of("KS1", "3", "KS2", "3", "KS3", "3", "KS4", "3", "KS5", "3",
            "KS6", "3");
    /** The content digests of the fixtures' concept (revision 1) and final report. */
    public static final String CONCEPT_DIGEST = ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport", JUDGED, "3");
    public static final String FINAL_DIGEST = ReportDigest.ofFinal(AUDIT, NETWORK_FRAMEWORK, "Eindrapport", JUDGED, "3",
            List.of("f-KS2"));

    public static ConceptReportIssued issuedConcept(int revision, String text) {
        return new ConceptReportIssued(AUDIT, revision, text, DEADLINE, JUDGED, "3",
                ReportDigest.ofConcept(AUDIT, revision, text, JUDGED, "3"), LEAD, NOW, null);
    }

    public static List<Object> conceptIssued() {
        return plus(visitClosed(), issuedConcept(1, "Conceptrapport"));
    }

    public static List<Object> reopened() {
        return plus(conceptIssued(), new AuditReopened(AUDIT, "Nieuwe informatie over KS4", LEAD, NOW, null));
    }

    public static List<Object> commentedBy(Actor actor, String commentId) {
        return plus(conceptIssued(), new ConceptCommented(AUDIT, commentId, 1, "KS2", "Graag nuanceren", actor, NOW,
                null));
    }

    public static List<Object> finalised() {
        return plus(conceptIssued(), new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK, JUDGED, "3",
                List.of("f-KS2"), CONCEPT_DIGEST, FINAL_DIGEST, LEAD, DEADLINE.plusSeconds(1), null, null));
    }

    public static List<Object> published() {
        return plus(finalised(),
                new PublicSummaryPublished(AUDIT, "Samenvatting", LEAD, DEADLINE.plusSeconds(2), null),
                new FollowUpActionOpened(AUDIT, "fu-f-KS2", "f-KS2", "KS2", "Bevinding over KS2", "29WT",
                        LocalDate.parse("2028-01-01"), LEAD, DEADLINE.plusSeconds(2), null));
    }

    /** One event of every kind an audit records. */
    public static List<Object> oneOfEachEvent() {
        return plus(published(),
                new FindingCorrected(AUDIT, "f-KS1", 1, "KS1", FindingKind.OBSERVATION, "x", EVIDENCE, "reden", AUDITOR, NOW),
                new FindingRetracted(AUDIT, "f-KS1", "reden", AUDITOR, NOW),
                new AuditReopened(AUDIT, "reden", LEAD, NOW, null),
                new ConceptCommented(AUDIT, "c1", 1, null, "x", ROC, NOW, null),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "x", LEAD, NOW, null),
                erratum("e1", FINAL_DIGEST),
                new BoardReactionRecorded(AUDIT, "Het bestuur herkent zich in het rapport.", FINAL_DIGEST, ROC, NOW),
                new FollowUpReportedDone(AUDIT, "fu", "x", ROC, NOW),
                new FollowUpAccepted(AUDIT, "fu", "x", LEAD, NOW),
                new FollowUpReopened(AUDIT, "fu", "x", LocalDate.parse("2028-01-01"), LEAD, NOW),
                new BusinessDateCorrected(AUDIT, AuditStatus.SITE_VISIT, 3, LocalDate.parse("2027-03-10"),
                        LocalDate.parse("2027-03-09"), "Het bezoek begon een dag eerder", LEAD, NOW),
                new JudgementCarriedOver(AUDIT, "judgement-8", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                        new JudgementCarriedOver.Source("audit-0", "judgement-3",
                                new FrameworkRef("inspectie-onderzoekskader-mbo-ka", "2017"), "KA3", "VOLDOENDE"),
                        new JudgementCarriedOver.Translation("Inspectie van het Onderwijs",
                                LocalDate.parse("2021-08-01")), LEAD, NOW, LocalDate.parse("2027-03-09")));
    }

    /** When the fixtures' errata are issued: after the final report. */
    public static final Instant ERRATUM_AT = DEADLINE.plusSeconds(3);

    /** Erratum {@code id} ("x", because "y") on the version {@code supersedes}, with its digest. */
    public static ErratumIssued erratum(String id, String supersedes) {
        return new ErratumIssued(AUDIT, id, "x", "y", supersedes, ReportDigest.ofErratum(AUDIT, supersedes, id, "x", "y"),
                LEAD, ERRATUM_AT, null);
    }

    public static List<Object> plus(List<Object> history, Object... more) {
        return Stream.concat(history.stream(), Stream.of(more)).toList();
    }
}
