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
 * own reports (every institution of a report that belongs to several: a peer review's every team's); the validation committee reads all of every report once it is final, confidential
 * parts included; everyone else reads the public facts of published reports only: the scheduling,
 * the final judgements, the published summary and the state of the follow-up, with no text written
 * for the report's readers inside, no comments, drafts or findings, and no person named; of the report
 * itself, its process dates as dates ({@link PublicReport}), the rule PublicDisclosure states for every service.
 * Whoever does not read a report in full reads only its public part.
 */
public final class TrailDisclosure {

    private static final Map<String, List<String>> PUBLIC_FIELDS = Map.ofEntries(
            entry("audit.scheduled", List.of("institution", "kind", "theme", "framework")),
            // the final report's digest, never the concept's it approved (a concept and its digest stay confidential)
            entry("audit.report-finalised", List.of("framework", "standardJudgements", "overallJudgement", "reportDigest")),
            // a later version of the final report by its digest, never its text or reason; the board's reaction with
            // the version it approved; a judgement carried over with its source (as PublicDisclosure tells them)
            entry("audit.erratum-issued", List.of("reportDigest", "supersedesDigest")),
            entry("audit.board-reaction-recorded", List.of("reaction", "approvedDigest")),
            entry("audit.judgement-carried-over", List.of("standardCode", "value", "framework", "source", "translation")),
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
        return report.institutions().stream().anyMatch(caller::actsFor)
                || (caller.has(Role.VALIDATION_COMMITTEE) && report.isFinal());
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
                entry.kind(), entry.standardCode(), entry.framework(), null, null, payload, entry.institutionCodes(),
                entry.occurredOn()));
    }

    /** Whether {@code caller} may know of the report at all. */
    public static boolean mayKnow(Caller caller, ReportState report) {
        return readsInFull(caller, report) || report.isPublished();
    }
}
