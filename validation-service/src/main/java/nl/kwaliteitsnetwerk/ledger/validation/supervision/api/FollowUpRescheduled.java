package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up was reopened with a new due date; it is open again. */
public record FollowUpRescheduled(String institutionCode, String followUpKey, LocalDate dueOn, String sourceEventId,
                                  Instant occurredAt) implements SupervisionEvent, FollowUpEvent, FeedEvent {
}
