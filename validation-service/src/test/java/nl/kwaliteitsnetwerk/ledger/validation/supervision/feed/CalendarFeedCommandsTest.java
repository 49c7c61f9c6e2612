package nl.kwaliteitsnetwerk.ledger.validation.supervision.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.AdoptReportedTerm;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.DoneHow;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.MarkFollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RecordCycleVisit;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RescheduleFollowUp;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionCommand;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.TrackFollowUp;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each producer's pinned integration event (the contracts module) means for the institution's calendar:
 * a producer that renames a field the calendar reads fails here, not silently in production.
 */
class CalendarFeedCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate ON = LocalDate.parse("2027-03-01");

    @Test
    void aPublishedAuditOrDialogueIsAVisitOfTheCycleOnItsBusinessDate() throws Exception {
        assertThat(command("audit", "audit.summary-published", "audit-1")).contains(new RecordCycleVisit("29WT",
                VisitKind.AUDIT, "audit-1", on("audit", "audit.summary-published"), 3, "e-audit.summary-published"));
        ObjectNode dated = ((ObjectNode) pinned("audit", "audit.summary-published")).put("occurredOn", "2022-04-12");
        assertThat(CalendarFeedCommands.of(event("audit.summary-published", "audit-1", dated), 3))
                .contains(new RecordCycleVisit("29WT", VisitKind.AUDIT, "audit-1", LocalDate.parse("2022-04-12"), 3,
                        "e-audit.summary-published"));
        assertThat(command("dialogue", "dialogue.dialogue-report-published", "dialogue-1")).contains(
                new RecordCycleVisit("29WT", VisitKind.DIALOGUE, "dialogue-1", on("dialogue", "dialogue.dialogue-report-published"),
                        3, "e-dialogue.dialogue-report-published"));
    }

    @Test
    void auditFollowUpsAndDialogueAgendaItemsAreTrackedByReportAndId() throws Exception {
        assertThat(command("audit", "audit.follow-up-opened", "audit-1")).contains(new TrackFollowUp("29WT",
                "audit-1/fu-f-KS2", VisitKind.AUDIT, "audit-1", "Bevinding over KS2", LocalDate.parse("2028-01-01"),
                "e-audit.follow-up-opened"));
        assertThat(command("audit", "audit.follow-up-reopened", "audit-1")).contains(new RescheduleFollowUp("29WT",
                "audit-1/fu", LocalDate.parse("2028-01-01"), "e-audit.follow-up-reopened"));
        assertThat(command("audit", "audit.follow-up-reported-done", "audit-1")).contains(new MarkFollowUpDone("29WT",
                "audit-1/fu", DoneHow.REPORTED_DONE, on("audit", "audit.follow-up-reported-done"),
                "e-audit.follow-up-reported-done"));
        assertThat(command("audit", "audit.follow-up-accepted", "audit-1")).contains(new MarkFollowUpDone("29WT",
                "audit-1/fu", DoneHow.ACCEPTED, on("audit", "audit.follow-up-accepted"), "e-audit.follow-up-accepted"));
        assertThat(command("dialogue", "dialogue.recommendation-adopted", "dialogue-1")).contains(new TrackFollowUp("29WT",
                "dialogue-1/a-1", VisitKind.DIALOGUE, "dialogue-1", "Vastleggen per team", LocalDate.parse("2027-12-01"),
                "e-dialogue.recommendation-adopted"));
        assertThat(command("dialogue", "dialogue.agenda-item-completed", "dialogue-1")).contains(new MarkFollowUpDone("29WT",
                "dialogue-1/a-1", DoneHow.COMPLETED, on("dialogue", "dialogue.agenda-item-completed"),
                "e-dialogue.agenda-item-completed"));
    }

    @Test
    void anInvestigationReportStatingATermSetsItAndOtherReportsDoNot() throws Exception {
        assertThat(command("audit", "audit.report-finalised", "audit-1")).isEmpty();
        ObjectNode investigation = (ObjectNode) pinned("audit", "audit.report-finalised");
        investigation.putObject("supervisionTerm").put("years", 4).put("startsOn", "2022-09-01").put("endsOn", "2026-09-01");
        assertThat(CalendarFeedCommands.of(event("audit.report-finalised", "audit-9", investigation), 3))
                .contains(new AdoptReportedTerm("29WT", "audit-9", LocalDate.parse("2022-09-01"), 4,
                        Actor.of("lead", Role.LEAD_AUDITOR), "e-audit.report-finalised"));
    }

    @Test
    void everyOtherPinnedEventLeavesTheCalendarAlone() {
        Map<String, String> audit = Contracts.payloads("audit");
        Map<String, String> dialogue = Contracts.payloads("dialogue");
        long used = audit.keySet().stream().filter(type -> commandOf(type, audit.get(type)).isPresent()).count()
                + dialogue.keySet().stream().filter(type -> commandOf(type, dialogue.get(type)).isPresent()).count();
        assertThat(used).isEqualTo(8);
    }

    /** Refused, so the feed parks it visibly: whose calendar it is cannot be said, and passing it over would lose it. */
    @Test
    void anEventForACalendarThatNamesNoInstitutionCodeIsRefusedAndOtherEventsAreNotLookedAt() throws Exception {
        JsonNode payload = pinned("audit", "audit.summary-published");
        for (String code : new String[] {null, " ", "29 WT"}) {
            IntegrationEvent event = new IntegrationEvent(IntegrationEvent.ENVELOPE_VERSION, "e-1", "audit.summary-published",
                    1, "Audit", "audit-1", 0, code, AT, Actor.of("lead", Role.LEAD_AUDITOR), payload);
            assertThatThrownBy(() -> CalendarFeedCommands.of(event, 3)).as(String.valueOf(code))
                    .isInstanceOf(RuleViolation.class);
        }
        IntegrationEvent other = new IntegrationEvent(IntegrationEvent.ENVELOPE_VERSION, "e-2", "audit.audit-scheduled", 1,
                "Audit", "audit-1", 0, "29 WT", AT, Actor.of("lead", Role.LEAD_AUDITOR), payload);
        assertThat(CalendarFeedCommands.of(other, 3)).isEmpty();
    }

    private static Optional<SupervisionCommand> command(String producer, String type, String aggregateId) throws Exception {
        return CalendarFeedCommands.of(event(type, aggregateId, pinned(producer, type)), 3);
    }

    private static Optional<SupervisionCommand> commandOf(String type, String payload) {
        try {
            return CalendarFeedCommands.of(event(type, "r-1", JSON.readTree(payload)), 3);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event's business date where its producer states one (contract D), else the day it was recorded. */
    private static LocalDate on(String producer, String type) throws Exception {
        JsonNode stated = pinned(producer, type).path("occurredOn");
        return stated.isTextual() ? LocalDate.parse(stated.asText()) : ON;
    }

    private static JsonNode pinned(String producer, String type) throws Exception {
        return JSON.readTree(Contracts.payloads(producer).get(type));
    }

    private static IntegrationEvent event(String type, String aggregateId, JsonNode payload) {
        return new IntegrationEvent(IntegrationEvent.ENVELOPE_VERSION, "e-" + type, type, 1, "Report", aggregateId, 0, "29wt",
                AT, Actor.of("lead", Role.LEAD_AUDITOR), payload);
    }
}
