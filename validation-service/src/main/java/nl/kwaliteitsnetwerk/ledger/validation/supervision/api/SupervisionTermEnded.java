package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/** The term's end date came; {@code tightenedBySignalId} names the signal that set it, if one did. */
public record SupervisionTermEnded(String institutionCode, LocalDate startsOn, LocalDate endsOn,
                                   String tightenedBySignalId, Instant occurredAt) implements SupervisionEvent {
}
