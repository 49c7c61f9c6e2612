package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up was done, on {@code doneOn}; if before its due date, it never becomes overdue. */
public record FollowUpDone(String institutionCode, String followUpKey, DoneHow how, LocalDate doneOn,
                           String sourceEventId, Instant occurredAt) implements SupervisionEvent, FollowUpEvent, FeedEvent {
}
