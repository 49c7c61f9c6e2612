package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;

/** The calendar of an institution began: the first time anything concerned it. */
public record CalendarOpened(String institutionCode, Instant occurredAt) implements SupervisionEvent {
}
