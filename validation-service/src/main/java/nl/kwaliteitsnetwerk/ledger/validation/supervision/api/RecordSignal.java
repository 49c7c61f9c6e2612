package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The inspectorate records a signal that tightens the running term to end {@code tightenedEndsOn}. */
public record RecordSignal(@TargetAggregateIdentifier String institutionCode, LocalDate signalledOn, String summary,
                           LocalDate tightenedEndsOn, Actor actor, Long expectedVersion) implements SupervisionCommand {
}
