package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ApprovedVersion;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportVersion;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A review's trail with each answer marked with what became of the report version it was given on: under
 * {@code approval}, {@code stale} (a later version, an erratum, replaced it) and {@code givenOnVersion}. Derived on
 * every read from the answer's {@code approvedDigest} and the report's current digest, as in the review's view
 * ({@link ApprovedVersion}: an answer citing no digest was given on a version that stated none, so is stale once the
 * report states one); the stored event is not changed. Answers are shown only in full, never cut.
 */
final class StaleAnswersInTrail {

    private static final String ANSWERED = ValidationQuestionAnswered.class.getSimpleName();

    private StaleAnswersInTrail() {
    }

    static List<TrailEntry> marked(List<TrailEntry> trail, Function<String, Optional<ReportState>> reports) {
        return trail.stream().map(entry -> marked(entry, reports)).toList();
    }

    private static TrailEntry marked(TrailEntry entry, Function<String, Optional<ReportState>> reports) {
        String digest = entry.change().path("approvedDigest").asText(null);
        String reportId = entry.change().path("reportId").asText(null);
        if (!entry.eventType().equals(ANSWERED) || reportId == null) {
            return entry;
        }
        Optional<ReportState> report = reports.apply(reportId);
        if (report.isEmpty()) {
            return entry;
        }
        ObjectNode change = entry.change().deepCopy();
        ObjectNode approval = change.putObject("approval");
        approval.put("stale", ApprovedVersion.isStale(digest, report.get().reportDigest));
        ReportVersion version = digest == null ? null : report.get().version(digest).orElse(null);
        if (version != null) {
            approval.put("givenOnVersion", version.number()).put("givenOnVersionEvent", version.eventType());
        }
        return new TrailEntry(entry.sequenceNumber(), entry.eventId(), entry.eventType(), entry.occurredAt(), entry.actor(),
                entry.role(), change);
    }
}
