package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

import java.time.Instant;

/**
 * One step of the trail: one integration event of the audit or dialogue service, with what a reader
 * of the trail asks about it pulled out: which report, which standard (or capacity), under which
 * framework version, who in which role, and what it corrects and why where it is a correction.
 */
public record TrailEntry(String eventId, String eventType, int schemaVersion, ReportType reportType, String reportId,
                         long sequenceNumber, String institutionCode, Instant occurredAt, String actor, String role,
                         TrailKind kind, String standardCode, FrameworkRef framework, String corrects,
                         String correctionReason, JsonNode payload) {
}
