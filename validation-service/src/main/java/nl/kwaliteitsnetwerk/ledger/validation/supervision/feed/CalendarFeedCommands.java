package nl.kwaliteitsnetwerk.ledger.validation.supervision.feed;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.AdoptReportedTerm;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.DoneHow;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ExcludeFromCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.MarkFollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RecordCycleVisit;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RescheduleFollowUp;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionCommand;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.TrackFollowUp;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * What an integration event of the audit or dialogue service means for the institution's calendar, as a command
 * carrying the event's id (or nothing, for the many events that do not concern it):
 * <ul>
 *   <li>{@code audit.summary-published}, {@code dialogue.dialogue-report-published}: a visit of the cycle, on the
 *       event's business date ({@code occurredOn}, else the day it was recorded), unless {@code audit.scheduled}
 *       named another kind than the institutional audit (a theme audit, an inspectorate investigation);</li>
 *   <li>{@code audit.report-finalised} stating a {@code supervisionTerm}: the inspectorate's term;</li>
 *   <li>{@code audit.follow-up-opened}/{@code -reopened}/{@code -reported-done}/{@code -accepted} and
 *       {@code dialogue.recommendation-adopted}/{@code agenda-item-completed}: the follow-ups, keyed by report and id.</li>
 * </ul>
 */
public final class CalendarFeedCommands {

    private CalendarFeedCommands() {
    }

    /** The events that concern a calendar; any other is passed over before its institution code is looked at. */
    private static final Set<String> CALENDAR_EVENTS = Set.of("audit.scheduled", "audit.summary-published",
            "dialogue.dialogue-report-published", "audit.report-finalised", "audit.follow-up-opened",
            "audit.follow-up-reopened", "audit.follow-up-reported-done", "audit.follow-up-accepted",
            "dialogue.recommendation-adopted", "dialogue.agenda-item-completed");

    /**
     * The command for {@code event}, if it concerns a calendar. One that does but names no institution, or names it
     * by what is no institution code, is refused (a {@link RuleViolation}, which the feed parks): the calendar could
     * not say whose it is, and passing it over would lose it unseen.
     */
    public static Optional<SupervisionCommand> of(IntegrationEvent event, int cycleYears) {
        if (!CALENDAR_EVENTS.contains(event.eventType())) {
            return Optional.empty();
        }
        String code = InstitutionCode.normalise(event.institutionCode(), "institutionCode");
        if (code == null || code.isEmpty()) {
            throw new RuleViolation(CommonErrors.INVALID_REQUEST,
                    "A " + event.eventType() + " event concerns an institution's calendar but names no institution.");
        }
        JsonNode p = event.payload();
        String id = event.eventId();
        String report = event.aggregateId();
        return Optional.ofNullable(switch (event.eventType()) {
            case "audit.scheduled" -> outsideTheCycle(p) ? new ExcludeFromCycle(code, report, text(p, "kind"), id) : null;
            case "audit.summary-published" -> new RecordCycleVisit(code, VisitKind.AUDIT, report, on(event), cycleYears, id);
            case "dialogue.dialogue-report-published" ->
                    new RecordCycleVisit(code, VisitKind.DIALOGUE, report, on(event), cycleYears, id);
            case "audit.report-finalised" -> reportedTerm(event, code);
            case "audit.follow-up-opened" -> new TrackFollowUp(code, key(report, p, "followUpId"), VisitKind.AUDIT, report,
                    text(p, "description"), date(p, "dueDate"), id);
            case "audit.follow-up-reopened" -> new RescheduleFollowUp(code, key(report, p, "followUpId"),
                    date(p, "newDueDate"), id);
            case "audit.follow-up-reported-done" -> new MarkFollowUpDone(code, key(report, p, "followUpId"),
                    DoneHow.REPORTED_DONE, on(event), id);
            case "audit.follow-up-accepted" -> new MarkFollowUpDone(code, key(report, p, "followUpId"), DoneHow.ACCEPTED,
                    on(event), id);
            case "dialogue.recommendation-adopted" -> new TrackFollowUp(code, key(report, p, "agendaItemId"),
                    VisitKind.DIALOGUE, report, text(p, "description"), date(p, "dueDate"), id);
            case "dialogue.agenda-item-completed" -> new MarkFollowUpDone(code, key(report, p, "agendaItemId"),
                    DoneHow.COMPLETED, on(event), id);
            default -> null;
        });
    }

    /** Only the network's institutional audit is the cycle's; a theme audit or an investigation is not. */
    private static boolean outsideTheCycle(JsonNode payload) {
        String kind = text(payload, "kind");
        return kind != null && !kind.equals("INSTITUTIONAL");
    }

    private static SupervisionCommand reportedTerm(IntegrationEvent event, String code) {
        JsonNode term = event.payload().path("supervisionTerm");
        LocalDate startsOn = date(term, "startsOn");
        if (!term.isObject() || startsOn == null || !term.path("years").canConvertToInt()) {
            return null;
        }
        return new AdoptReportedTerm(code, event.aggregateId(), startsOn, term.path("years").asInt(), event.actor(),
                event.eventId());
    }

    /** One report's follow-up ids are unique only within it. */
    private static String key(String reportId, JsonNode payload, String field) {
        return reportId + "/" + text(payload, field);
    }

    /** When it happened as a matter of business (contract D), else the day it was recorded. */
    private static LocalDate on(IntegrationEvent event) {
        LocalDate stated = date(event.payload(), "occurredOn");
        return stated != null ? stated : LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static LocalDate date(JsonNode payload, String field) {
        String value = text(payload, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
