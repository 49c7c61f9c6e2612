package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks each step of the trail that approves a version of its report (a finalisation approving its concept, a
 * board's reaction approving the final report: a payload citing {@code approvedDigest}) with what became of that
 * approval, under {@code approval} in the payload as shown: {@code stale} once a version made after the approval
 * (an erratum) has replaced the one it approved, {@code madeStaleBy} that version, {@code givenOnVersion} the one it
 * approved. Derived on every read from the report's versions, never recorded (contract C): the stored entry, its
 * fingerprint and a rebuilt trail stay as they were.
 */
public final class ApprovalsInTrail {

    private ApprovalsInTrail() {
    }

    /** {@code entry} as shown, marked where it is an approval; {@code report} its report now (null: not known). */
    public static TrailEntry marked(TrailEntry entry, ReportState report) {
        String digest = entry.payload().path("approvedDigest").asText(null);
        if (digest == null || report == null || report.versions == null) {
            return entry;
        }
        Optional<ReportVersion> later = report.versions.stream()
                .filter(version -> version.sequenceNumber() > entry.sequenceNumber()).findFirst();
        ObjectNode payload = entry.payload().deepCopy();
        ObjectNode approval = payload.putObject("approval").put("stale", later.isPresent());
        report.version(digest).ifPresent(version -> approval.put("givenOnVersion", version.number()));
        later.ifPresent(version -> approval.putObject("madeStaleBy").put("version", version.number())
                .put("eventType", version.eventType()).put("eventId", version.eventId()));
        return new TrailEntry(entry.eventId(), entry.eventType(), entry.schemaVersion(), entry.reportType(), entry.reportId(),
                entry.sequenceNumber(), entry.institutionCode(), entry.occurredAt(), entry.actor(), entry.role(), entry.kind(),
                entry.standardCode(), entry.framework(), entry.corrects(), entry.correctionReason(), payload,
                entry.institutionCodes(), entry.occurredOn());
    }

    /** Each of the entries of {@code shown}, marked against its report in {@code reports}. */
    public static List<TrailEntry> marked(List<TrailEntry> shown, Map<String, ReportState> reports) {
        return shown.stream().map(entry -> marked(entry, reports.get(entry.reportId()))).toList();
    }
}
