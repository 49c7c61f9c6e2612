package nl.kwaliteitsnetwerk.ledger.validation.trail;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a report's content as its producer published it: the concept, the final report, the final
 * report after an erratum. {@code number} counts the versions of the report from 1; {@code digest} is the content
 * digest the producer computed over exactly that version (contract C), {@code supersedesDigest} the version an
 * erratum replaces; {@code sequenceNumber} the report's event that made it. An approval cites a digest; it goes stale
 * when a version made after it (an erratum) replaces the version it approved.
 */
public record ReportVersion(int number, String digest, String supersedesDigest, String eventType, String eventId,
                            long sequenceNumber, Instant recordedAt, LocalDate occurredOn) {
}
