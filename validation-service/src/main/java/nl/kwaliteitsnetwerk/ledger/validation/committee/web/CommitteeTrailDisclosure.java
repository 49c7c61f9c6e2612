package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ReviewAccess;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The committee's trail as one caller may read it. The committee's own events (its composition and
 * changes of membership) are for everyone the trail is open to; a review's events only as far as the caller
 * reads that review by {@link ReviewAccess}, the rule of the review's own reads: in full, or with the fields
 * of the summary or of the public report only, naming nobody, and no member's answer at all (the summary
 * shows none and the public report counts them).
 */
final class CommitteeTrailDisclosure {

    private static final Map<String, List<String>> SUMMARY_FIELDS = Map.ofEntries(
            entry(ValidationReviewOpened.class.getSimpleName(), List.of("reviewId", "title", "reports")),
            entry(ValidationReviewConcluded.class.getSimpleName(), List.of("reviewId")),
            entry(BoardReactionRecorded.class.getSimpleName(), List.of("reviewId")),
            entry(ValidationReportPublished.class.getSimpleName(), List.of("reviewId")));

    private static final Map<String, List<String>> PUBLIC_FIELDS = Map.ofEntries(
            entry(ValidationReviewOpened.class.getSimpleName(), List.of("reviewId", "title", "reports", "questions")),
            entry(ValidationReviewConcluded.class.getSimpleName(), List.of("reviewId", "conclusion")),
            entry(BoardReactionRecorded.class.getSimpleName(), List.of("reviewId", "reaction")),
            entry(ValidationReportPublished.class.getSimpleName(), List.of("reviewId", "summary")));

    private CommitteeTrailDisclosure() {
    }

    /** The entries {@code caller} may read, in the trail's order; {@code now} gives each review's status. */
    static List<TrailEntry> disclose(Caller caller, List<TrailEntry> trail, CommitteeView now) {
        Viewer viewer = caller.asViewer();
        return trail.stream().flatMap(entry -> disclose(viewer, entry, now).stream()).toList();
    }

    private static Optional<TrailEntry> disclose(Viewer viewer, TrailEntry entry, CommitteeView now) {
        String reviewId = entry.change().path("reviewId").asText(null);
        if (reviewId == null) {
            return Optional.of(entry);
        }
        CommitteeView.Review review = now.reviews.get(reviewId);
        return switch (ReviewAccess.of(viewer, review == null ? null : review.status)) {
            case FULL -> Optional.of(entry);
            case SUMMARY -> cut(entry, SUMMARY_FIELDS.get(entry.eventType()));
            case PUBLIC -> cut(entry, PUBLIC_FIELDS.get(entry.eventType()));
            case NONE -> Optional.empty();
        };
    }

    /** The entry with only {@code fields} of its change and no person named; nothing where none of it is shown. */
    private static Optional<TrailEntry> cut(TrailEntry entry, List<String> fields) {
        if (fields == null) {
            return Optional.empty();
        }
        ObjectNode change = entry.change().deepCopy();
        change.retain(fields);
        return Optional.of(new TrailEntry(entry.sequenceNumber(), entry.eventId(), entry.eventType(), entry.occurredAt(),
                null, entry.role(), change));
    }
}
