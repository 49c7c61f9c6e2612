package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditTimeline.BeforeAfter;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditTimeline.Moment;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page's timeline, told from a trail as the API serves it: business days as corrected, before -> after. */
class AuditTimelinePageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant RECORDED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aCorrectedBusinessDayIsShownOnItsStepAndTheCorrectionAsBeforeAndAfter() {
        AuditTimeline timeline = AuditTimeline.of(List.of(
                entry(0, "IntakeRecorded", json().put("heldOn", "2026-02-20").put("expectations", "BPV")),
                entry(1, "SiteVisitStarted", json().put("occurredOn", "2026-03-01")),
                entry(2, "BusinessDateCorrected", json().put("step", "SITE_VISIT").put("correctedSequence", 1)
                        .put("previousDate", "2026-03-01").put("correctedDate", "2026-02-27")
                        .put("reason", "Het bezoek begon eerder"))));

        Moment intake = timeline.moments().get(0);
        assertThat(intake.businessDate()).as("the day it was held").isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(intake.businessDateCorrected()).isFalse();
        Moment visit = timeline.moments().get(1);
        assertThat(visit.businessDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(visit.businessDateCorrected()).isTrue();
        assertThat(visit.details().has("occurredOn")).as("shown as the business day, not again").isFalse();
        assertThat(timeline.moments().get(2).change())
                .isEqualTo(new BeforeAfter("2026-03-01", "2026-02-27", "Het bezoek begon eerder"));
        assertThat(timeline.moments().get(2).businessDate()).as("recorded that day").isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aRetractedFindingShowsWhatItSaidAndACommentItsDisposition() {
        AuditTimeline timeline = AuditTimeline.of(List.of(
                entry(0, "FindingRecorded", json().put("findingId", "f1").put("standardCode", "KS2")
                        .put("kind", "IMPROVEMENT_POINT").put("text", "Geen BPV-protocol").putNull("theme")),
                entry(1, "FindingRetracted", json().put("findingId", "f1").put("reason", "Protocol toch gevonden")),
                entry(2, "ConceptCommented", json().put("commentId", "c1").put("text", "Graag nuanceren")),
                entry(3, "CommentDisposed", json().put("commentId", "c1").put("disposition", "NOT_ACCEPTED")
                        .put("explanation", "De feiten staan"))));

        assertThat(timeline.moments().get(0).change()).as("a first recording replaces nothing").isNull();
        assertThat(timeline.moments().get(0).details().has("theme")).as("nothing empty listed").isFalse();
        assertThat(timeline.moments().get(1).change())
                .isEqualTo(new BeforeAfter("KS2 · IMPROVEMENT_POINT · Geen BPV-protocol", null, "Protocol toch gevonden"));
        AuditTimeline.Disposition disposition = timeline.moments().get(2).disposition();
        assertThat(disposition.disposition()).isEqualTo("NOT_ACCEPTED");
        assertThat(disposition.explanation()).isEqualTo("De feiten staan");
        assertThat(disposition.by()).isEqualTo("lead");
        assertThat(timeline.moments().get(3).disposition()).isNull();
    }

    private static ObjectNode json() {
        return JSON.createObjectNode();
    }

    private static TrailEntry entry(long sequence, String type, ObjectNode change) {
        return new TrailEntry(sequence, "event-" + sequence, type, RECORDED, "lead", "LEAD_AUDITOR", change);
    }
}
