package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The inspectorate sets a follow-up supervision term after an investigation, named by {@code reference}. */
public record SetSupervisionTerm(@TargetAggregateIdentifier String institutionCode, LocalDate startsOn, int years,
                                 String reference, Actor actor, Long expectedVersion) implements SupervisionCommand {
}
