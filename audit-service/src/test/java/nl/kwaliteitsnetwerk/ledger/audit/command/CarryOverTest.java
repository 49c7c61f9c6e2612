package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.audit.command.HistoricCase.*;

/**
 * Carrying a judgement over from an earlier audit: the source is a judgement of a finalised audit of the same
 * institution, the latest on its standard and sufficient; it lands on the same standard under the same framework,
 * else on one its translation gives; and it counts as the standard's judgement without a finding. The earlier
 * audits are read through {@link SourceJudgements} from their events, as the service reads them from the store.
 */
class CarryOverTest extends ClockedAggregateRuleTest<Audit> {

    /** The July 2021 investigation of BM Services under the 2017 framework: KA1 insufficient, KA2 and KA3 sufficient. */
    private static final String EARLIER = "audit-2021";
    private static final LocalDate EARLIER_FINALISED_ON = LocalDate.parse("2026-09-01");
    private static final LocalDate CARRIED_ON = VISIT_ON;

    /** The events of the earlier audits by id, as the fixture's SourceJudgements reads them from its store. */
    private static final Map<String, List<AuditEvent>> STORE = new HashMap<>();

    static {
        storeInto(STORE);
    }

    CarryOverTest() {
        super(AuditFixtures.clock(), clock -> {
            AggregateTestFixture<Audit> fixture = AuditFixtures.fixture(clock);
            fixture.registerInjectableResource(new SourceJudgements(id -> STORE.getOrDefault(id, List.of())));
            return fixture;
        });
    }

    private static void storeInto(Map<String, List<AuditEvent>> shared) {
        shared.put(EARLIER, earlier(BM_SERVICES, KA_FRAMEWORK, true, "VOLDOENDE"));
        shared.put("other-institution", renamed(earlier(new InstitutionRef("25LH", 30105, "ROC Elders"), KA_FRAMEWORK,
                true, "VOLDOENDE"), "other-institution"));
        shared.put("not-finalised", renamed(earlier(BM_SERVICES, KA_FRAMEWORK, false, "VOLDOENDE"), "not-finalised"));
        shared.put("same-framework", renamed(earlier(BM_SERVICES, BKA_FRAMEWORK, true, "VOLDOENDE"), "same-framework"));
        shared.put("network-audit", renamed(networkAudit(), "network-audit"));
        List<AuditEvent> revised = new ArrayList<>(renamed(earlier(BM_SERVICES, KA_FRAMEWORK, false, "VOLDOENDE"),
                "revised"));
        revised.add(new StandardJudged("revised", "judgement-5", "KA2", "ONVOLDOENDE", "herzien", KA_FRAMEWORK,
                "judgement-2", "nieuwe informatie", LEAD, NOW, EARLIER_FINALISED_ON));
        revised.add(finalisedEvent("revised", KA_FRAMEWORK));
        shared.put("revised", revised);
    }

    /**
     * An earlier investigation judged KA1/BKA1 insufficient, and the others {@code value}: judgement-1 to -3 on the
     * first to third standard of {@code framework}.
     */
    private static List<AuditEvent> earlier(InstitutionRef institution, FrameworkRef framework, boolean finalised,
                                            String value) {
        String prefix = framework.equals(KA_FRAMEWORK) ? "KA" : "BKA";
        List<AuditEvent> events = new ArrayList<>(List.of(
                new AuditScheduled(EARLIER, institution, AuditKind.INSPECTORATE_INVESTIGATION, null,
                        LocalDate.parse("2026-07-01"), framework, ADMIN, NOW, LocalDate.parse("2026-06-01")),
                new StandardJudged(EARLIER, "judgement-1", prefix + "1", "ONVOLDOENDE", "tekort", framework, null,
                        null, LEAD, NOW, LocalDate.parse("2026-07-05")),
                new StandardJudged(EARLIER, "judgement-2", prefix + "2", value, "op orde", framework, null, null,
                        LEAD, NOW, LocalDate.parse("2026-07-05")),
                new StandardJudged(EARLIER, "judgement-3", prefix + "3", value, "op orde", framework, null, null,
                        LEAD, NOW, LocalDate.parse("2026-07-05"))));
        if (finalised) {
            events.add(finalisedEvent(EARLIER, framework));
        }
        return events;
    }

    private static ReportFinalised finalisedEvent(String auditId, FrameworkRef framework) {
        return new ReportFinalised(auditId, "Rapport", framework, Map.of(), "ONVOLDOENDE", List.of(), null, null,
                LEAD, NOW, EARLIER_FINALISED_ON, null);
    }

    private static List<AuditEvent> networkAudit() {
        return List.of(
                new AuditScheduled(EARLIER, BM_SERVICES, AuditKind.INSTITUTIONAL, null, LocalDate.parse("2026-07-01"),
                        NETWORK_FRAMEWORK, ADMIN, NOW, LocalDate.parse("2026-06-01")),
                new StandardJudged(EARLIER, "judgement-1", "KS1", "3", "integraal", NETWORK_FRAMEWORK, null, null,
                        LEAD, NOW, LocalDate.parse("2026-07-05")),
                finalisedEvent(EARLIER, NETWORK_FRAMEWORK));
    }

    /** The same events as those of another audit id (only the scheduling names it, for the institution). */
    private static List<AuditEvent> renamed(List<AuditEvent> events, String auditId) {
        return events.stream().map(e -> e instanceof AuditScheduled s ? new AuditScheduled(auditId, s.institution(),
                s.kind(), s.theme(), s.plannedDate(), s.framework(), s.actor(), s.occurredAt(), s.occurredOn())
                : e).toList();
    }

    private static CarryOverJudgement carryOver(String standard, String source, String judgementId) {
        return new CarryOverJudgement(AUDIT, standard, source, judgementId, LEAD, null, CARRIED_ON);
    }

    private static final JudgementCarriedOver.Translation KA_TO_BKA =
            new JudgementCarriedOver.Translation("Inspectie van het Onderwijs", LocalDate.parse("2021-08-01"));

    @Test
    void aSufficientJudgementIsCarriedOverAlongTheTranslationWithItsReference() {
        accepted(HistoricCase.onSiteVisit(), carryOver("BKA3", EARLIER, "judgement-3"),
                new JudgementCarriedOver(AUDIT, "judgement-1", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                        new JudgementCarriedOver.Source(EARLIER, "judgement-3", KA_FRAMEWORK, "KA3", "VOLDOENDE"),
                        KA_TO_BKA, LEAD, NOW, CARRIED_ON));
    }

    @Test
    void underTheSameFrameworkItIsCarriedOverOntoTheSameStandardWithoutATranslation() {
        accepted(HistoricCase.onSiteVisit(), carryOver("BKA2", "same-framework", "judgement-2"),
                new JudgementCarriedOver(AUDIT, "judgement-1", "BKA2", "VOLDOENDE", BKA_FRAMEWORK,
                        new JudgementCarriedOver.Source("same-framework", "judgement-2", BKA_FRAMEWORK, "BKA2",
                                "VOLDOENDE"), null, LEAD, NOW, CARRIED_ON));
    }

    @Test
    void underTheSameFrameworkOntoAnotherStandardIsRefused() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA3", "same-framework", "judgement-2"),
                AuditRule.STANDARD_NOT_TRANSLATED);
    }

    @Test
    void ontoAStandardTheTranslationDoesNotGiveIsRefused() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA1", EARLIER, "judgement-3"),
                AuditRule.STANDARD_NOT_TRANSLATED);
    }

    @Test
    void aJudgementWithoutAPassOrFailMeaningIsNotCarriedOver() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA1", "network-audit", "judgement-1"),
                AuditRule.SOURCE_NOT_CARRIED_OVER);
    }

    @Test
    void withoutATranslationBetweenTheFrameworksItIsRefused() {
        // an audit under the 2017 framework cannot take a 2021 judgement: no translation runs that way
        List<Object> underKa = List.of(
                new AuditScheduled(AUDIT, BM_SERVICES, AuditKind.INSPECTORATE_INVESTIGATION, null, INTAKE_ON,
                        KA_FRAMEWORK, ADMIN, NOW, SCHEDULED_ON),
                new AuditTeamAssigned(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, NOW, SCHEDULED_ON),
                new IntakeRecorded(AUDIT, INTAKE_ON, "Focus", LEAD, NOW),
                new SiteVisitStarted(AUDIT, LEAD, NOW, VISIT_ON));
        refused(underKa, carryOver("KA2", "same-framework", "judgement-2"), AuditRule.STANDARD_NOT_TRANSLATED);
    }

    @Test
    void anInsufficientJudgementIsNotCarriedOverButJudgedAnew() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA1", EARLIER, "judgement-1"),
                AuditRule.SOURCE_NOT_CARRIED_OVER);
    }

    @Test
    void aJudgementOfAnAuditNotYetFinalisedIsRefused() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA2", "not-finalised", "judgement-2"),
                AuditRule.SOURCE_NOT_CARRIED_OVER);
    }

    @Test
    void aJudgementRevisedSinceIsRefused() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA2", "revised", "judgement-2"),
                AuditRule.SOURCE_NOT_CARRIED_OVER);
    }

    @Test
    void aJudgementOfAnotherInstitutionIsAsUnknown() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA2", "other-institution", "judgement-2"),
                AuditRule.SOURCE_JUDGEMENT_UNKNOWN);
    }

    @Test
    void anUnknownSourceIsRefused() {
        refused(HistoricCase.onSiteVisit(), carryOver("BKA2", EARLIER, "judgement-9"),
                AuditRule.SOURCE_JUDGEMENT_UNKNOWN);
        refused(HistoricCase.onSiteVisit(), carryOver("BKA2", "no-such-audit", "judgement-2"),
                AuditRule.SOURCE_JUDGEMENT_UNKNOWN);
    }

    @Test
    void aStandardJudgedHereAlreadyIsRefused() {
        refused(plus(HistoricCase.onSiteVisit(), new FindingRecorded(AUDIT, "f-BKA3", "BKA3", FindingKind.STRENGTH, "x",
                        EVIDENCE, AUDITOR, NOW, VISIT_ON), new StandardJudged(AUDIT, "judgement-1", "BKA3",
                        "VOLDOENDE", "x", BKA_FRAMEWORK, null, null, LEAD, NOW, VISIT_ON)),
                carryOver("BKA3", EARLIER, "judgement-3"), AuditRule.SOURCE_NOT_CARRIED_OVER);
    }

    @Test
    void onlyTheLeadAuditorCarriesAJudgementOver() {
        refused(HistoricCase.onSiteVisit(), new CarryOverJudgement(AUDIT, "BKA3", EARLIER, "judgement-3", AUDITOR, null,
                CARRIED_ON), AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void aCarriedOverJudgementIsTheStandardsJudgementWithoutAFinding() {
        List<Object> history = plus(HistoricCase.onSiteVisit(),
                new JudgementCarriedOver(AUDIT, "judgement-1", "BKA2", "VOLDOENDE", BKA_FRAMEWORK,
                        new JudgementCarriedOver.Source(EARLIER, "judgement-2", KA_FRAMEWORK, "KA2", "VOLDOENDE"),
                        KA_TO_BKA, LEAD, NOW, CARRIED_ON),
                new JudgementCarriedOver(AUDIT, "judgement-2", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                        new JudgementCarriedOver.Source(EARLIER, "judgement-3", KA_FRAMEWORK, "KA3", "VOLDOENDE"),
                        KA_TO_BKA, LEAD, NOW, CARRIED_ON),
                new FindingRecorded(AUDIT, "f-BKA1", "BKA1", FindingKind.STRENGTH, "x", EVIDENCE, AUDITOR, NOW,
                        VISIT_ON),
                new StandardJudged(AUDIT, "judgement-3", "BKA1", "VOLDOENDE", "x", BKA_FRAMEWORK, null, null, LEAD,
                        NOW, VISIT_ON));
        accepted(history, new RecordOverallJudgement(AUDIT, "VOLDOENDE", "voldoende", null, LEAD, null, VISIT_ON),
                new OverallJudgementRecorded(AUDIT, "judgement-4", "VOLDOENDE", "voldoende", BKA_FRAMEWORK, null,
                        null, LEAD, NOW, VISIT_ON));
    }

    @Test
    void aFindingOnACarriedOverStandardMayBeRetractedForItsJudgementRestsOnTheEarlierAudit() {
        List<Object> history = plus(HistoricCase.onSiteVisit(),
                new JudgementCarriedOver(AUDIT, "judgement-1", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                        new JudgementCarriedOver.Source(EARLIER, "judgement-3", KA_FRAMEWORK, "KA3", "VOLDOENDE"),
                        KA_TO_BKA, LEAD, NOW, CARRIED_ON),
                new FindingRecorded(AUDIT, "f-BKA3", "BKA3", FindingKind.OBSERVATION, "x", EVIDENCE, AUDITOR, NOW,
                        VISIT_ON));
        accepted(history, new RetractFinding(AUDIT, "f-BKA3", "Niet opnieuw onderzocht", AUDITOR, null),
                new FindingRetracted(AUDIT, "f-BKA3", "Niet opnieuw onderzocht", AUDITOR, NOW));
    }

    @Test
    void theCatalogueTranslatesKa1ToAllThreeAndKa3ToBka3() {
        // the table the rules above rest on, as shipped
        assertThat(FrameworkCatalog.shipped().translation(KA_FRAMEWORK, BKA_FRAMEWORK)
                .orElseThrow().translate("KA3")).containsExactly("BKA3");
    }
}
