package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A signal tightened the running term: it now ends {@code endsOn} instead of {@code previousEndsOn}. */
public record SupervisionSignalRecorded(String institutionCode, String signalId, LocalDate signalledOn, String summary,
                                        LocalDate previousEndsOn, LocalDate endsOn, Actor actor,
                                        Instant occurredAt) implements SupervisionEvent {
}
