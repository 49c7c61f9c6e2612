package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Finalises the report; from then on it never changes. The lead auditor approves exactly the concept revision
 * whose content digest is {@code approvedDigest} ({@link ReportDigest}): another one is stale content.
 * {@code occurredOn}: the day it was finalised (null: today); supervisionTermYears: for an investigation of the
 * inspectorate, the years of follow-up supervision (null: the regular term); none for a network audit.
 */
public record FinaliseReport(
        @TargetAggregateIdentifier String auditId,
        String reportText,
        String approvedDigest,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn,
        Integer supervisionTermYears) implements AuditCommand {
}
