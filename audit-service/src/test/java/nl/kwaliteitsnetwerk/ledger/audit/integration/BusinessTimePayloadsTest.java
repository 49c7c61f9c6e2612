package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration payloads of business time (contract E): every payload states the day its step happened; an
 * investigation's final report its supervision term; a carried-over judgement its source and translation; a
 * correction of a business date what it corrected, from what to what, and why.
 */
class BusinessTimePayloadsTest {

    private static final FrameworkRef KA = new FrameworkRef("inspectie-onderzoekskader-mbo-ka", "2017");

    private final AuditIntegrationEvents translator = new AuditIntegrationEvents();

    private JsonNode payload(AuditEvent event) {
        return translator.translate(event).orElseThrow().payload();
    }

    @Test
    void everyPayloadStatesTheDayItsStepHappened() {
        assertThat(payload(new SiteVisitStarted(AUDIT, LEAD, NOW, LocalDate.parse("2022-09-28"))).path("occurredOn")
                .asText()).isEqualTo("2022-09-28");
        assertThat(payload(new FollowUpAccepted(AUDIT, "fu", "x", LEAD, NOW)).path("occurredOn").asText())
                .as("a step of live work happened the day it was recorded").isEqualTo("2027-03-10");
        oneOfEachEvent().forEach(event -> assertThat(payload((AuditEvent) event).path("occurredOn").asText())
                .as(event.getClass().getSimpleName()).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void anInvestigationsFinalReportCarriesItsSupervisionTerm() {
        LocalDate finalisedOn = LocalDate.parse("2022-11-24");
        JsonNode term = payload(new ReportFinalised(AUDIT, "Rapport", BKA_FRAMEWORK, Map.of("BKA1", "VOLDOENDE"),
                "VOLDOENDE", List.of(), null, null, LEAD, NOW, finalisedOn, SupervisionTerm.of(4, finalisedOn)))
                .path("supervisionTerm");
        assertThat(term.path("years").asInt()).isEqualTo(4);
        assertThat(term.path("startsOn").asText()).isEqualTo("2022-11-24");
        assertThat(term.path("endsOn").asText()).isEqualTo("2026-11-24");
    }

    @Test
    void aNetworkAuditsFinalReportCarriesNoTerm() {
        JsonNode report = payload((AuditEvent) finalised().get(finalised().size() - 1));
        assertThat(report.has("supervisionTerm")).isFalse();
    }

    @Test
    void aCarriedOverJudgementCarriesItsSourceAndTranslation() {
        JsonNode p = payload(new JudgementCarriedOver(AUDIT, "judgement-2", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                new JudgementCarriedOver.Source("audit-2021", "judgement-3", KA, "KA3", "VOLDOENDE"),
                new JudgementCarriedOver.Translation("Inspectie van het Onderwijs", LocalDate.parse("2021-08-01")),
                LEAD, NOW, LocalDate.parse("2022-09-28")));
        assertThat(translator.translate(new JudgementCarriedOver(AUDIT, "j", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                new JudgementCarriedOver.Source("a", "j", KA, "KA3", "VOLDOENDE"), null, LEAD, NOW, null))
                .orElseThrow().eventType()).isEqualTo("audit.judgement-carried-over");
        assertThat(p.path("standardCode").asText()).isEqualTo("BKA3");
        assertThat(p.path("framework").path("version").asText()).isEqualTo("2021");
        assertThat(p.path("source").path("auditId").asText()).isEqualTo("audit-2021");
        assertThat(p.path("source").path("judgementId").asText()).isEqualTo("judgement-3");
        assertThat(p.path("source").path("framework").path("version").asText()).isEqualTo("2017");
        assertThat(p.path("source").path("standardCode").asText()).isEqualTo("KA3");
        assertThat(p.path("source").path("value").asText()).isEqualTo("VOLDOENDE");
        assertThat(p.path("translation").path("authority").asText()).isEqualTo("Inspectie van het Onderwijs");
        assertThat(p.path("translation").path("decidedOn").asText()).isEqualTo("2021-08-01");
        assertThat(p.path("occurredOn").asText()).isEqualTo("2022-09-28");
    }

    @Test
    void aCarriedOverJudgementUnderTheSameFrameworkHasNoTranslation() {
        JsonNode p = payload(new JudgementCarriedOver(AUDIT, "judgement-2", "BKA3", "VOLDOENDE", BKA_FRAMEWORK,
                new JudgementCarriedOver.Source("audit-2021", "judgement-3", BKA_FRAMEWORK, "BKA3", "VOLDOENDE"),
                null, LEAD, NOW, null));
        assertThat(p.has("translation")).isFalse();
    }

    @Test
    void aCorrectionOfABusinessDateSaysWhatItCorrectedFromWhatToWhatAndWhy() {
        var t = translator.translate(new BusinessDateCorrected(AUDIT, AuditStatus.SITE_VISIT, 3,
                LocalDate.parse("2022-09-29"), LocalDate.parse("2022-09-28"), "Zie het rapport", LEAD, NOW))
                .orElseThrow();
        assertThat(t.eventType()).isEqualTo("audit.business-date-corrected");
        assertThat(t.payload().path("step").asText()).isEqualTo("SITE_VISIT");
        assertThat(t.payload().path("correctedSequence").asLong()).isEqualTo(3);
        assertThat(t.payload().path("previousDate").asText()).isEqualTo("2022-09-29");
        assertThat(t.payload().path("correctedDate").asText()).isEqualTo("2022-09-28");
        assertThat(t.payload().path("reason").asText()).isEqualTo("Zie het rapport");
    }
}
