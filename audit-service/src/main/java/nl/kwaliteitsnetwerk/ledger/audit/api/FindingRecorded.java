package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A finding was recorded. Revision 2: the evidence is a list of typed references, a document or an
 * interview. Revision 1 (stored without a revision) listed the titles of the documents seen as plain
 * strings; {@code FindingRecordedUpcaster} reads those as document references.
 */
@Revision("2")
public record FindingRecorded(
        String auditId,
        String findingId,
        String standardCode,
        FindingKind kind,
        String text,
        List<EvidenceReference> evidence,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {
    public FindingRecorded {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }
}
