package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * A trail as one caller may read it, a review's or the committee's. An entry about no review (the committee's
 * composition and changes of membership) is for everyone the trail is open to; a review's entry only as far as
 * the caller reads that review by {@link ReviewAccess}, the rule of the review's own reads: in full, or with the
 * fields of the summary or of the public report only, naming nobody, and no member's answer at all (the summary
 * shows none and the public report counts them).
 */
public final class ReviewTrailDisclosure {

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

    private ReviewTrailDisclosure() {
    }

    /**
     * The entries {@code caller} may read, in the trail's order; {@code statusOf} gives a review's status now
     * (null for a review not known); {@code reviewOf} the review an entry is about, or null.
     */
    public static List<TrailEntry> disclose(Caller caller, List<TrailEntry> trail, Function<TrailEntry, String> reviewOf,
                                            Function<String, ReviewStatus> statusOf) {
        Viewer viewer = caller.asViewer();
        List<TrailEntry> shown = new ArrayList<>();
        boolean whole = true;
        for (TrailEntry entry : trail) {
            Optional<TrailEntry> disclosed = disclose(viewer, entry, reviewOf.apply(entry), statusOf);
            whole &= disclosed.isPresent() && disclosed.get() == entry;
            disclosed.ifPresent(shown::add);
        }
        return whole ? shown : numberedAsShown(shown);
    }

    /**
     * Where anything was left out or cut, the stream's sequence numbers would count what the caller may not see
     * (how many answers lie between an opening and a conclusion): the entries are numbered in the order shown. The
     * trail only grows at its end, so these numbers stay the same for the same reader, and so do its page cursors.
     */
    private static List<TrailEntry> numberedAsShown(List<TrailEntry> shown) {
        List<TrailEntry> numbered = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            TrailEntry entry = shown.get(i);
            numbered.add(new TrailEntry(i, entry.eventId(), entry.eventType(), entry.occurredAt(), entry.actor(), entry.role(),
                    entry.change()));
        }
        return numbered;
    }

    /** The review a committee's entry is about, named in its change; null for the committee's own events. */
    public static String reviewNamedIn(TrailEntry entry) {
        return entry.change().path("reviewId").asText(null);
    }

    private static Optional<TrailEntry> disclose(Viewer viewer, TrailEntry entry, String reviewId,
                                                 Function<String, ReviewStatus> statusOf) {
        if (reviewId == null) {
            return Optional.of(entry);
        }
        return switch (ReviewAccess.of(viewer, statusOf.apply(reviewId))) {
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
