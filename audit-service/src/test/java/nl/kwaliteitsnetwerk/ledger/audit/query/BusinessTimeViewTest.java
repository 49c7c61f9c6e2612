package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view's business time: each step with its day beside its recording instant, as corrected with the corrections
 * listed; the carried-over judgements in both framework forms, and as the standard's judgement.
 */
class BusinessTimeViewTest {

    private static final FrameworkRef KA = new FrameworkRef("inspectie-onderzoekskader-mbo-ka", "2017");
    private static final LocalDate VISIT_ON = LocalDate.parse("2022-09-29");

    private static AuditView folded(List<Object> events) {
        AuditView view = new AuditView();
        for (int i = 0; i < events.size(); i++) {
            AuditViewFolder.apply(view, (AuditEvent) events.get(i), i);
        }
        return view;
    }

    private static List<Object> visited() {
        return plus(intakeHeld(), new SiteVisitStarted(AUDIT, LEAD, NOW, VISIT_ON));
    }

    @Test
    void eachStepShowsTheDayItHappenedBesideTheInstantItWasRecorded() {
        BusinessTimeView time = folded(visited()).businessTime;
        assertThat(time.steps).extracting(BusinessTimeView.Step::step).containsExactly(AuditStatus.SCHEDULED,
                AuditStatus.TEAM_ASSIGNED, AuditStatus.INTAKE_HELD, AuditStatus.SITE_VISIT);
        assertThat(time.occurredOn(AuditStatus.SITE_VISIT)).isEqualTo(VISIT_ON);
        assertThat(time.occurredOn(AuditStatus.INTAKE_HELD)).isEqualTo(LocalDate.parse("2027-02-01"));
        assertThat(time.steps.get(3).recordedAt()).isEqualTo(NOW);
    }

    @Test
    void aCorrectedStepShowsItsCorrectedDayAndTheCorrection() {
        BusinessTimeView time = folded(plus(visited(), new BusinessDateCorrected(AUDIT, AuditStatus.SITE_VISIT, 3,
                VISIT_ON, VISIT_ON.minusDays(1), "Zie het rapport", LEAD, NOW))).businessTime;
        assertThat(time.occurredOn(AuditStatus.SITE_VISIT)).isEqualTo(VISIT_ON.minusDays(1));
        assertThat(time.steps.get(3).corrections()).containsExactly(new BusinessTimeView.Correction(VISIT_ON,
                VISIT_ON.minusDays(1), "Zie het rapport", LEAD, NOW));
    }

    @Test
    void aCarriedOverJudgementShowsInBothFrameworkFormsAndAsTheStandardsJudgement() {
        AuditView view = folded(plus(visited(), new JudgementCarriedOver(AUDIT, "judgement-1", "BKA3", "VOLDOENDE",
                BKA_FRAMEWORK, new JudgementCarriedOver.Source("audit-2021", "judgement-3", KA, "KA3", "VOLDOENDE"),
                new JudgementCarriedOver.Translation("Inspectie van het Onderwijs", LocalDate.parse("2021-08-01")),
                LEAD, NOW, VISIT_ON)));
        BusinessTimeView.CarriedOver carried = view.businessTime.carriedOver.get("BKA3");
        assertThat(carried.shownAs()).isEqualTo("KA3 (2017) -> BKA3 (2021)");
        assertThat(carried.source().auditId()).isEqualTo("audit-2021");
        assertThat(carried.carriedOverOn()).isEqualTo(VISIT_ON);
        assertThat(view.judgements.get("BKA3").value()).isEqualTo("VOLDOENDE");
        assertThat(view.judgements.get("BKA3").rationale()).contains("KA3 (2017) -> BKA3 (2021)");
    }

    @Test
    void underTheSameFrameworkItShowsInOneForm() {
        AuditView view = folded(plus(visited(), new JudgementCarriedOver(AUDIT, "judgement-1", "BKA3", "VOLDOENDE",
                BKA_FRAMEWORK, new JudgementCarriedOver.Source("audit-2021", "judgement-3", BKA_FRAMEWORK, "BKA3",
                "VOLDOENDE"), null, LEAD, NOW, VISIT_ON)));
        assertThat(view.businessTime.carriedOver.get("BKA3").shownAs()).isEqualTo("BKA3 (2021)");
    }
}
