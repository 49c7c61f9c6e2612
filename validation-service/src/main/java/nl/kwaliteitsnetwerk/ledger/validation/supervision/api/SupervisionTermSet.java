package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The inspectorate's follow-up supervision term: from {@code startsOn} for {@code years}, to {@code endsOn};
 * {@code sourceEventId} names the final report's event it was taken from, or is null when the inspectorate set it.
 */
public record SupervisionTermSet(String institutionCode, LocalDate startsOn, int years, LocalDate endsOn,
                                 String reference, String sourceEventId, Actor actor,
                                 Instant occurredAt) implements SupervisionEvent {
}
