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
        assertThat(indicators.daysFromVisitToFinal()).isZero();
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

    private static List<TrailEntry> entries(List<IntegrationEvent> events) {
        return events.stream().map(e -> TrailClassifier.classify(e, null).orElseThrow()).toList();
    }
}
