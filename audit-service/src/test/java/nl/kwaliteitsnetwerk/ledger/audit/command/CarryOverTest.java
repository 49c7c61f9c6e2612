package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
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
    /** A framework the catalogue no longer holds. */
    private static final FrameworkRef RETIRED_FRAMEWORK = new FrameworkRef("vervallen-kader", "2010");

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
        shared.put("hidden", renamed(withoutTeam(earlier(BM_SERVICES, KA_FRAMEWORK, true, "ONVOLDOENDE")), "hidden"));
        shared.put("hidden-unfinalised", renamed(withoutTeam(earlier(BM_SERVICES, KA_FRAMEWORK, false, "VOLDOENDE")),
                "hidden-unfinalised"));
        List<AuditEvent> published = new ArrayList<>(renamed(withoutTeam(earlier(BM_SERVICES, KA_FRAMEWORK, true,
                "VOLDOENDE")), "published"));
        published.add(new PublicSummaryPublished("published", "Samenvatting", LEAD, NOW, EARLIER_FINALISED_ON));
        shared.put("published", published);
        shared.put("finalised-later", finalisedOn("finalised-later", LocalDate.parse("2027-03-01")));
        List<AuditEvent> correctedLater = new ArrayList<>(finalisedOn("corrected-later", EARLIER_FINALISED_ON));
        correctedLater.add(new BusinessDateCorrected("corrected-later", AuditStatus.FINALISED, 5, EARLIER_FINALISED_ON,
                LocalDate.parse("2027-03-01"), "Typfout", LEAD, NOW));
        shared.put("corrected-later", correctedLater);
        shared.put("finalised-2021", finalisedOn("finalised-2021", LocalDate.parse("2021-07-01")));
        shared.put("retired-framework", renamed(earlier(BM_SERVICES, RETIRED_FRAMEWORK, true, "VOLDOENDE"),
                "retired-framework"));
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
                // the lead auditor of this audit was on that team, so may read it in full
                new AuditTeamAssigned(EARLIER, LEAD_MEMBER, List.of(), ADMIN, NOW, LocalDate.parse("2026-06-01")),
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
        return finalisedEvent(auditId, framework, EARLIER_FINALISED_ON);
    }

    private static ReportFinalised finalisedEvent(String auditId, FrameworkRef framework, LocalDate finalisedOn) {
        return new ReportFinalised(auditId, "Rapport", framework, Map.of(), "ONVOLDOENDE", List.of(), null, null,
                LEAD, NOW, finalisedOn, null);
    }

    /** The finalised earlier audit, but finalised on {@code finalisedOn}. */
    private static List<AuditEvent> finalisedOn(String auditId, LocalDate finalisedOn) {
        List<AuditEvent> events = new ArrayList<>(renamed(earlier(BM_SERVICES, KA_FRAMEWORK, false, "VOLDOENDE"),
                auditId));
        events.add(finalisedEvent(auditId, KA_FRAMEWORK, finalisedOn));
        return events;
    }

    /** The same audit without a team: the lead auditor of this audit is on none of it. */
    private static List<AuditEvent> withoutTeam(List<AuditEvent> events) {
        return events.stream().filter(e -> !(e instanceof AuditTeamAssigned)).toList();
    }

    private static List<AuditEvent> networkAudit() {
        return List.of(
                new AuditScheduled(EARLIER, BM_SERVICES, AuditKind.INSTITUTIONAL, null, LocalDate.parse("2026-07-01"),
                        NETWORK_FRAMEWORK, ADMIN, NOW, LocalDate.parse("2026-06-01")),
                new AuditTeamAssigned(EARLIER, LEAD_MEMBER, List.of(), ADMIN, NOW, LocalDate.parse("2026-06-01")),
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

    @Test
    void aSourceTheLeadAuditorMayNotReadInFullIsAnsweredAsUnknownAndItsValueIsNotTold() {
        // on no team of it, and it is not published: by AuditAccess he may not see it at all
        refusedSaying(carryOver("BKA1", "hidden", "judgement-1"), AuditRule.SOURCE_JUDGEMENT_UNKNOWN,
                Matchers.not(Matchers.containsString("ONVOLDOENDE")));
        // nor does the answer tell that it exists or that it is not finalised
        refused(HistoricCase.onSiteVisit(), carryOver("BKA2", "hidden-unfinalised", "judgement-2"),
                AuditRule.SOURCE_JUDGEMENT_UNKNOWN);
        // published, so he may read its public part; but that does not show the findings and rationale the
        // carried-over judgement would rest on, so it is not enough
        refused(HistoricCase.onSiteVisit(), carryOver("BKA3", "published", "judgement-3"),
                AuditRule.SOURCE_JUDGEMENT_UNKNOWN);
    }

    @Test
    void aJudgementIsNotCarriedOverFromAnAuditFinalisedAfterTheDayItWasCarriedOver() {
        for (String finalisedAfterwards : List.of("finalised-later", "corrected-later")) {
            // the one finalised on 2027-03-01, and the one whose date was corrected to that day
            refused(HistoricCase.onSiteVisit(), carryOver("BKA3", finalisedAfterwards, "judgement-3"),
                    AuditRule.SOURCE_NOT_CARRIED_OVER);
        }
    }

    @Test
    void aJudgementIsNotCarriedAlongATranslationDecidedAfterTheDayItWasCarriedOver() {
        // an audit of July 2021, before the translation of 2021-08-01, from a source finalised on 2021-07-01
        List<Object> july2021 = List.of(
                new AuditScheduled(AUDIT, BM_SERVICES, AuditKind.RECOVERY_INVESTIGATION, null,
                        LocalDate.parse("2021-07-05"), BKA_FRAMEWORK, ADMIN, NOW, LocalDate.parse("2021-06-01")),
                new AuditTeamAssigned(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, NOW,
                        LocalDate.parse("2021-06-01")),
                new IntakeRecorded(AUDIT, LocalDate.parse("2021-07-05"), "Herstel", LEAD, NOW),
                new SiteVisitStarted(AUDIT, LEAD, NOW, LocalDate.parse("2021-07-10")));
        refused(july2021, new CarryOverJudgement(AUDIT, "BKA3", "finalised-2021", "judgement-3", LEAD, null,
                LocalDate.parse("2021-07-20")), AuditRule.STANDARD_NOT_TRANSLATED);
    }

    @Test
    void aSourceUnderAFrameworkTheCatalogueNoLongerHoldsIsRefusedByName() {
        refusedSaying(carryOver("BKA2", "retired-framework", "judgement-2"), AuditRule.SOURCE_NOT_CARRIED_OVER,
                Matchers.containsString("not in the catalogue"));
    }

    /** Refused on the visit of the historic case by {@code rule}, with a message {@code message} matches. */
    private void refusedSaying(CarryOverJudgement command, AuditRule rule, Matcher<String> message) {
        fixture.given(HistoricCase.onSiteVisit()).when(command).expectNoEvents()
                .expectException(violates(rule)).expectExceptionMessage(message);
    }
}
