package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The objective indicators, from a report's trail. */
class ReportIndicatorsTest {

    @Test
    void aSoundAuditHasEveryJudgementSubstantiatedItsCommentTimedAndItsLateCorrectionCounted() {
        List<TrailEntry> entries = entries(PublishedEvents.publishedAudit("audit-1", "29WT",
                Instant.parse("2027-01-01T09:00:00Z"), "2028-01-01").events());
        ReportIndicators indicators = ReportIndicators.of(ReportState.fold(entries), entries);

        assertThat(indicators.judgedWithoutFindings()).isEmpty();
        assertThat(indicators.comments()).singleElement().satisfies(c -> {
            assertThat(c.disposition()).isEqualTo("ACCEPTED_WITH_CHANGE");
            assertThat(c.hoursToDisposition()).isEqualTo(2);
        });
        assertThat(indicators.correctedAfterConcept()).isEqualTo(1);
        assertThat(indicators.stakeholderGroups()).isEmpty();
        assertThat(indicators.daysFromVisitToFinal()).as("calendar days: visited on 1 January, final on the 2nd")
                .isEqualTo(1);
    }

    @Test
    void aStandardWhoseOnlyFindingWasRetractedIsJudgedWithoutFindings() {
        List<IntegrationEvent> events = new ArrayList<>(PublishedEvents.publishedAudit("audit-1", "29WT",
                Instant.parse("2027-01-01T09:00:00Z"), "2028-01-01").events());
        ObjectNode retraction = JsonNodeFactory.instance.objectNode().put("findingId", "f-KS4").put("retracts", "f-KS4")
                .put("reason", "verkeerd");
        IntegrationEvent finalised = events.stream().filter(e -> e.eventType().equals("audit.report-finalised")).findFirst()
                .orElseThrow();
        events.add(events.indexOf(finalised), new IntegrationEvent(1, UUID.randomUUID().toString(), "audit.finding-retracted",
                1, "Audit", "audit-1", 99, "29WT", finalised.occurredAt().minusSeconds(60),
                Actor.of("auditor", Role.AUDITOR), retraction));
        List<TrailEntry> entries = entries(events);
        assertThat(ReportIndicators.of(ReportState.fold(entries), entries).judgedWithoutFindings()).containsExactly("KS4");
    }

    @Test
    void aDialogueShowsTheGroupsThatTookPart() {
        List<TrailEntry> entries = entries(PublishedEvents.finalDialogue("dialogue-1", "25LH",
                Instant.parse("2027-02-01T09:00:00Z")).events());
        ReportIndicators indicators = ReportIndicators.of(ReportState.fold(entries), entries);
        assertThat(indicators.stakeholderGroups()).containsExactly("EMPLOYERS", "STUDENTS");
        assertThat(indicators.judgedWithoutFindings()).isEmpty();
        assertThat(indicators.comments()).isEmpty();
    }

    @Test
    void aCaseOf2022EnteredIn2026GivesIts2022Figures() {
        PublishedEvents audit = caseOf2022();
        List<TrailEntry> entries = entries(audit.events());
        ReportState report = ReportState.fold(entries);
        ReportIndicators indicators = ReportIndicators.of(report, entries);

        assertThat(report.visitStartedOn).hasToString("2022-09-28");
        assertThat(report.visitStartedAt).as("recorded in 2026").isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(indicators.daysFromVisitToFinal()).isEqualTo(78);
        assertThat(indicators.daysFromVisitToConcept()).isEqualTo(34);
        assertThat(indicators.daysFromConceptToFinal()).isEqualTo(44);
        assertThat(indicators.comments()).singleElement().satisfies(c -> assertThat(c.daysToDisposition()).isEqualTo(14));
    }

    @Test
    void aCorrectionOfABusinessDateMovesTheDateItCorrects() {
        PublishedEvents audit = caseOf2022();
        String visit = visitOf(audit).eventId();
        audit.dateCorrected(p -> p.put("correctedEventId", visit)
                .put("previousDate", "2022-09-28").put("correctedDate", "2022-09-27").put("reason", "Een dag eerder begonnen"));
        audit.dateCorrected(p -> p.put("step", "FINALISED")
                .put("previousDate", "2022-12-15").put("correctedDate", "2022-12-16").put("reason", "Datum van ondertekening"));
        audit.dateCorrected(p -> p.put("step", "VISIT_CLOSED")
                .put("previousDate", "2022-09-30").put("correctedDate", "2022-09-29").put("reason", "Geen mijlpaal"));
        List<TrailEntry> entries = entries(audit.events());
        ReportState report = ReportState.fold(entries);

        assertThat(report.visitStartedOn).hasToString("2022-09-27");
        assertThat(report.finalisedOn).hasToString("2022-12-16");
        assertThat(report.conceptIssuedOn).as("a step that is no milestone moves none").hasToString("2022-11-01");
        assertThat(ReportIndicators.of(report, entries).daysFromVisitToFinal()).isEqualTo(80);
    }

    @Test
    void aCorrectionNamesTheStepByTheAuditsPhaseAndTheEventByItsNumber() {
        PublishedEvents audit = caseOf2022();
        long visit = visitOf(audit).sequenceNumber();
        audit.dateCorrected(p -> p.put("step", "SITE_VISIT").put("correctedSequence", visit).put("previousDate", "2022-09-28")
                .put("correctedDate", "2022-09-26").put("reason", "Eerder begonnen"));
        audit.dateCorrected(p -> p.put("step", "CONCEPT_ISSUED")
                .put("previousDate", "2022-11-01").put("correctedDate", "2022-11-02").put("reason", "Verzonden op de 2e"));

        ReportState report = ReportState.fold(entries(audit.events()));
        assertThat(report.visitStartedOn).hasToString("2022-09-26");
        assertThat(report.conceptIssuedOn).hasToString("2022-11-02");
    }

    /** A published audit of 2022, its steps recorded in November 2026. */
    private static PublishedEvents caseOf2022() {
        return PublishedEvents.publishedAudit("audit-1", "29WT", Instant.parse("2026-11-30T09:00:00Z"), "2023-06-01")
                .enteredAfterTheFactIn2022();
    }

    private static IntegrationEvent visitOf(PublishedEvents audit) {
        return audit.events().stream().filter(e -> e.eventType().equals("audit.site-visit-started")).findFirst().orElseThrow();
    }

    private static List<TrailEntry> entries(List<IntegrationEvent> events) {
        return events.stream().map(e -> TrailClassifier.classify(e, null).orElseThrow()).toList();
    }
}
