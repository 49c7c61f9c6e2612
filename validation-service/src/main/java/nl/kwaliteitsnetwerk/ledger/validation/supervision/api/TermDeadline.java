package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;

/** The deadline of the running term's end, {@code endsOn}. */
public record TermDeadline(LocalDate endsOn) {
}
