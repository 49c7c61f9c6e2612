package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;

/**
 * Audits entered after the fact: every step recorded now ({@link AuditFixtures#NOW}, 2027-03-10) with the day it
 * happened weeks before, as histories to start a fixture test from. By default an investigation of the
 * inspectorate under the 2021 framework, judged sufficient on BKA1-3.
 */
final class HistoricCase {

    static final InstitutionRef BM_SERVICES = new InstitutionRef("29WT", 21274, "Business Marketing Services B.V.");
    static final FrameworkRef KA_FRAMEWORK = new FrameworkRef("inspectie-onderzoekskader-mbo-ka", "2017");
    static final List<String> BKA = List.of("BKA1", "BKA2", "BKA3");

    static final LocalDate SCHEDULED_ON = LocalDate.parse("2027-01-05");
    static final LocalDate INTAKE_ON = LocalDate.parse("2027-01-10");
    static final LocalDate VISIT_ON = LocalDate.parse("2027-01-20");
    static final LocalDate CLOSED_ON = LocalDate.parse("2027-01-22");
    static final LocalDate CONCEPT_ON = LocalDate.parse("2027-02-01");
    /** Long past by now, but after the day the concept report was issued. */
    static final Instant HISTORIC_DEADLINE = Instant.parse("2027-02-15T12:00:00Z");
    static final LocalDate FINALISED_ON = LocalDate.parse("2027-02-20");

    static final Map<String, String> JUDGED_BKA = judgedSufficient();
    static final String HISTORIC_CONCEPT_DIGEST =
            ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport", JUDGED_BKA, "VOLDOENDE");

    private HistoricCase() {
    }

    private static Map<String, String> judgedSufficient() {
        Map<String, String> judged = new LinkedHashMap<>();
        BKA.forEach(code -> judged.put(code, "VOLDOENDE"));
        return judged;
    }

    static List<Object> intakeHeld(AuditKind kind) {
        return List.of(
                new AuditScheduled(AUDIT, BM_SERVICES, kind, null, INTAKE_ON, BKA_FRAMEWORK, ADMIN, NOW, SCHEDULED_ON),
                new AuditTeamAssigned(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, NOW, SCHEDULED_ON),
                new IntakeRecorded(AUDIT, INTAKE_ON, "Herstel van de kwaliteitszorg", LEAD, NOW));
    }

    static List<Object> onSiteVisit() {
        return plus(intakeHeld(AuditKind.RECOVERY_INVESTIGATION), new SiteVisitStarted(AUDIT, LEAD, NOW, VISIT_ON));
    }

    /** The sequence number of the visit's event in {@link #onSiteVisit()} and the histories after it. */
    static final long VISIT_SEQUENCE = 3;

    static List<Object> visitClosed() {
        List<Object> history = new ArrayList<>(onSiteVisit());
        for (int i = 0; i < BKA.size(); i++) {
            String code = BKA.get(i);
            history.add(new FindingRecorded(AUDIT, "f-" + code, code, FindingKind.STRENGTH, "Bevinding over " + code,
                    EVIDENCE, AUDITOR, NOW, VISIT_ON));
            history.add(new StandardJudged(AUDIT, "judgement-" + (i + 1), code, "VOLDOENDE", "onderbouwing",
                    BKA_FRAMEWORK, null, null, LEAD, NOW, VISIT_ON));
        }
        history.add(new OverallJudgementRecorded(AUDIT, "judgement-4", "VOLDOENDE", "voldoende", BKA_FRAMEWORK, null,
                null, LEAD, NOW, VISIT_ON));
        history.add(new OralFeedbackGiven(AUDIT, "Dank", LEAD, NOW, CLOSED_ON));
        return history;
    }

    static List<Object> conceptIssued() {
        return plus(visitClosed(), new ConceptReportIssued(AUDIT, 1, "Conceptrapport", HISTORIC_DEADLINE, JUDGED_BKA,
                "VOLDOENDE", HISTORIC_CONCEPT_DIGEST, LEAD, NOW, CONCEPT_ON));
    }

    /** The final report {@link #conceptIssued()} leads to on {@code finalisedOn}, with {@code term}. */
    static ReportFinalised finalised(LocalDate finalisedOn, SupervisionTerm term) {
        return new ReportFinalised(AUDIT, "Eindrapport", BKA_FRAMEWORK, JUDGED_BKA, "VOLDOENDE", List.of(),
                HISTORIC_CONCEPT_DIGEST, ReportDigest.ofFinal(AUDIT, BKA_FRAMEWORK, "Eindrapport", JUDGED_BKA,
                "VOLDOENDE", List.of(), term), LEAD, NOW, finalisedOn, term);
    }

    static FinaliseReport finalise(LocalDate finalisedOn, Integer termYears) {
        return new FinaliseReport(AUDIT, "Eindrapport", HISTORIC_CONCEPT_DIGEST, LEAD, null, finalisedOn, termYears);
    }
}
