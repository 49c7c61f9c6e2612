package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up was still open when its due date passed; {@code publicReport}: its report is published. */
public record FollowUpOverdue(String institutionCode, String followUpKey, String reportId, LocalDate dueOn,
                              boolean publicReport, Instant occurredAt) implements SupervisionEvent, FollowUpEvent {
}
