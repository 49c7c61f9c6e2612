package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An audit or dialogue of the cycle took place (its report was published): the next one is due
 * {@code nextDueOn}, a cycle after the latest known visit of its kind.
 */
public record CycleVisitRecorded(String institutionCode, VisitKind kind, String reportId, LocalDate visitedOn,
                                 LocalDate nextDueOn, String sourceEventId, Instant occurredAt) implements SupervisionEvent {
}
