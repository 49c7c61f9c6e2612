package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of the trail: one integration event of the audit or dialogue service, with what a reader
 * of the trail asks about it pulled out: which report, which standard (or capacity), under which
 * framework version, who in which role, and what it corrects and why where it is a correction.
 * {@code institutionCode} is the institution the event was published under; {@code institutionCodes} every
 * institution its report belongs to (a peer review's every team's), so each of them finds it.
 * {@code occurredAt} is when it was recorded, {@code occurredOn} when it happened ({@link BusinessDates}).
 * An entry stored before either existed reads with its own institution and the date it was recorded.
 */
public record TrailEntry(String eventId, String eventType, int schemaVersion, ReportType reportType, String reportId,
                         long sequenceNumber, String institutionCode, Instant occurredAt, String actor, String role,
                         TrailKind kind, String standardCode, FrameworkRef framework, String corrects,
                         String correctionReason, JsonNode payload, List<String> institutionCodes, LocalDate occurredOn) {

    public TrailEntry {
        if (institutionCodes == null || institutionCodes.isEmpty()) {
            institutionCodes = institutionCode == null ? List.of() : List.of(institutionCode);
        } else {
            institutionCodes = List.copyOf(institutionCodes);
        }
        if (occurredOn == null && occurredAt != null) {
            occurredOn = BusinessDates.of(payload, occurredAt);
        }
    }

    /** Whether the entry concerns {@code code}: the institution it was published under or one its report belongs to. */
    public boolean concerns(String code) {
        return code.equals(institutionCode) || institutionCodes.contains(code);
    }
}
