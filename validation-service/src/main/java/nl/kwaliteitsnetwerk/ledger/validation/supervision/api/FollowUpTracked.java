package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up action of an audit or an item a dialogue put on the agenda, due {@code dueOn}; {@code followUpKey}
 * is its report's id and its own, as one report's ids are only unique within it.
 */
public record FollowUpTracked(String institutionCode, String followUpKey, VisitKind kind, String reportId,
                              String description, LocalDate dueOn, String sourceEventId,
                              Instant occurredAt) implements SupervisionEvent, FollowUpEvent, FeedEvent {
}
