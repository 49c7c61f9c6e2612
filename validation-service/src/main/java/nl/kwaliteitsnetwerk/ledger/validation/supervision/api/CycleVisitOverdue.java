package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/** The visit of the cycle due {@code dueOn} had not taken place when that day passed. */
public record CycleVisitOverdue(String institutionCode, VisitKind kind, LocalDate dueOn, LocalDate lastVisitOn,
                                Instant occurredAt) implements SupervisionEvent {
}
