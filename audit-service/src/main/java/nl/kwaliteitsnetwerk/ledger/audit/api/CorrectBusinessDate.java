package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Corrects the business date of a step of the audit, named by the phase it led into (the latest step that did,
 * e.g. {@code SITE_VISIT} for the visit), with the reason; the recorded step itself stays as it was recorded.
 */
public record CorrectBusinessDate(
        @TargetAggregateIdentifier String auditId,
        AuditStatus step,
        LocalDate correctedDate,
        String reason,
        Actor actor,
        Long expectedVersion) implements AuditCommand {
}
