package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;

/** A report of this kind does not count as a visit of the network's cycle. */
public record ReportOutsideCycle(String institutionCode, String reportId, String reportKind, String sourceEventId,
                                 Instant occurredAt) implements SupervisionEvent {
}
