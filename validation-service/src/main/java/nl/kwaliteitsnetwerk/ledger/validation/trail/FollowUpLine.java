package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One follow-up of a report, from either service: an audit's follow-up action or an item a dialogue
 * put on the development agenda; folded from the report's follow-up entries.
 */
public record FollowUpLine(String reportId, ReportType reportType, String institutionCode, String followUpId,
                           String description, LocalDate dueDate, Status status, boolean overdue) {

    public enum Status { OPEN, REPORTED_DONE, CLOSED }

    public boolean open() {
        return status != Status.CLOSED;
    }

    /** The follow-up of one report, from its entries in order; overdue as of {@code today}. */
    public static List<FollowUpLine> of(List<TrailEntry> entries, LocalDate today) {
        Map<String, FollowUpLine> lines = new LinkedHashMap<>();
        for (TrailEntry e : entries) {
            JsonNode p = e.payload();
            switch (e.eventType()) {
                case "audit.follow-up-opened" -> lines.put(p.path("followUpId").asText(), line(e,
                        p.path("followUpId").asText(), p.path("description").asText(), date(p, "dueDate"), Status.OPEN));
                case "dialogue.recommendation-adopted" -> lines.put(p.path("agendaItemId").asText(), line(e,
                        p.path("agendaItemId").asText(), p.path("description").asText(), date(p, "dueDate"), Status.OPEN));
                case "audit.follow-up-reported-done" -> lines.computeIfPresent(p.path("followUpId").asText(),
                        (id, l) -> l.with(l.dueDate, Status.REPORTED_DONE));
                case "audit.follow-up-accepted" -> lines.computeIfPresent(p.path("followUpId").asText(),
                        (id, l) -> l.with(l.dueDate, Status.CLOSED));
                case "audit.follow-up-reopened" -> lines.computeIfPresent(p.path("followUpId").asText(),
                        (id, l) -> l.with(date(p, "newDueDate"), Status.OPEN));
                case "dialogue.agenda-item-completed" -> lines.computeIfPresent(p.path("agendaItemId").asText(),
                        (id, l) -> l.with(l.dueDate, Status.CLOSED));
                default -> {
                    // not a change of a follow-up's state
                }
            }
        }
        List<FollowUpLine> result = new ArrayList<>();
        lines.values().forEach(l -> result.add(new FollowUpLine(l.reportId, l.reportType, l.institutionCode, l.followUpId,
                l.description, l.dueDate, l.status, l.open() && l.dueDate != null && l.dueDate.isBefore(today))));
        return result;
    }

    private FollowUpLine with(LocalDate newDueDate, Status newStatus) {
        return new FollowUpLine(reportId, reportType, institutionCode, followUpId, description, newDueDate, newStatus, false);
    }

    private static FollowUpLine line(TrailEntry e, String id, String description, LocalDate due, Status status) {
        return new FollowUpLine(e.reportId(), e.reportType(), e.institutionCode(), id, description, due, status, false);
    }

    private static LocalDate date(JsonNode p, String field) {
        return p.path(field).isTextual() ? LocalDate.parse(p.path(field).asText()) : null;
    }
}
