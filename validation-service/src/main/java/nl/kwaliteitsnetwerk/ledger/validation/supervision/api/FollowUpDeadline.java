package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;

/** The deadline of a follow-up's due date. */
public record FollowUpDeadline(String followUpKey, LocalDate dueOn) {
}
