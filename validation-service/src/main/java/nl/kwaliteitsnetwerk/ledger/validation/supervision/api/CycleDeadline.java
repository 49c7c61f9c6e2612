package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;

/** The deadline of the cycle's next visit of {@code kind}, due {@code dueOn}. */
public record CycleDeadline(VisitKind kind, LocalDate dueOn) {
}
