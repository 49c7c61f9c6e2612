package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/** A report outside the cycle was published: its follow-up is public, the cycle does not move. */
public record ReportPublishedOutsideCycle(String institutionCode, String reportId, LocalDate publishedOn,
                                          String sourceEventId, Instant occurredAt) implements SupervisionEvent {
}
