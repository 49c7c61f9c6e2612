package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * What of the trail a caller may read, decided in this one place. The institution reads all of its
 * own reports; the validation committee reads all of every report once it is final, confidential
 * parts included; everyone else reads the public facts of published reports only: the scheduling,
 * the final judgements, the published summary and the state of the follow-up, with no text written
 * for the report's readers inside, no comments, drafts or findings, and no person named.
 */
public final class TrailDisclosure {

    private static final Map<String, List<String>> PUBLIC_FIELDS = Map.ofEntries(
            entry("audit.scheduled", List.of("institution", "kind", "theme", "framework")),
            entry("audit.report-finalised", List.of("framework", "standardJudgements", "overallJudgement")),
            entry("audit.summary-published", List.of("summary")),
            entry("audit.follow-up-opened", List.of("followUpId", "standardCode", "dueDate")),
            entry("audit.follow-up-reported-done", List.of("followUpId")),
            entry("audit.follow-up-accepted", List.of("followUpId")),
            entry("audit.follow-up-reopened", List.of("followUpId", "newDueDate")),
            entry("dialogue.dialogue-opened", List.of("institution", "question", "theme")),
            entry("dialogue.dialogue-report-finalised", List.of("conclusions", "recommendations", "stakeholderMix")),
            entry("dialogue.dialogue-report-published", List.of("summary")),
            entry("dialogue.recommendation-adopted", List.of("recommendationId", "agendaItemId", "description", "dueDate")),
            entry("dialogue.agenda-item-completed", List.of("agendaItemId")),
            entry("panel-review.panel-review-scheduled", List.of("institution", "framework")),
            entry("panel-review.panel-report-issued", List.of("framework", "standardJudgements")),
            entry("panel-review.panel-report-published", List.of("summary")));

    private TrailDisclosure() {
    }

    public static boolean readsInFull(Caller caller, ReportState report) {
        return caller.actsFor(report.institutionCode) || (caller.has(Role.VALIDATION_COMMITTEE) && report.isFinal());
    }

    /** The entry as {@code caller} may read it, or nothing. */
    public static Optional<TrailEntry> disclose(Caller caller, TrailEntry entry, ReportState report) {
        if (readsInFull(caller, report)) {
            return Optional.of(entry);
        }
        List<String> fields = PUBLIC_FIELDS.get(entry.eventType());
        if (!report.isPublished() || fields == null) {
            return Optional.empty();
        }
        ObjectNode payload = entry.payload().deepCopy();
        payload.retain(fields);
        return Optional.of(new TrailEntry(entry.eventId(), entry.eventType(), entry.schemaVersion(), entry.reportType(),
                entry.reportId(), entry.sequenceNumber(), entry.institutionCode(), entry.occurredAt(), null, entry.role(),
                entry.kind(), entry.standardCode(), entry.framework(), null, null, payload));
    }

    /** Whether {@code caller} may know of the report at all. */
    public static boolean mayKnow(Caller caller, ReportState report) {
        return readsInFull(caller, report) || report.isPublished();
    }
}
