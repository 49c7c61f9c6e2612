package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.composed;
import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.plus;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.boardReacted;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee's trail of before, with a review's events in it, read as each role reads the review it is about
 * (a review's own trail is read by the same rule).
 */
class ReviewTrailDisclosureTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Caller ADMINISTRATOR = new Caller("admin", Set.of(Role.ADMINISTRATOR), null);
    private static final Caller MEMBER = new Caller("vc-3", Set.of(Role.VALIDATION_COMMITTEE), null);
    private static final Caller INSPECTOR = new Caller("inspector", Set.of(Role.INSPECTORATE), null);

    @Test
    void theCommitteeAndTheBoardReadEveryEntryWhole() {
        List<Object> review = boardReacted();
        assertThat(disclosed(MEMBER, review, review)).isEqualTo(trailOf(committeeStream(review)));
        assertThat(trailOf(committeeStream(review))).as("with answers between the opening and the conclusion")
                .extracting(TrailEntry::eventType).contains("ValidationQuestionAnswered");
    }

    @Test
    void anAdministratorReadsAnUnpublishedReviewsPlanningOnly() {
        List<Object> review = boardReacted();
        List<TrailEntry> read = disclosed(ADMINISTRATOR, review, review);

        assertThat(read).extracting(TrailEntry::eventType).containsExactly("CommitteeComposed", "ValidationReviewOpened",
                "ValidationReviewConcluded", "BoardReactionRecorded");
        assertThat(read.get(0)).as("the composition, public anyway, whole").isEqualTo(trailOf(composed()).get(0));
        assertThat(fieldsOf(read.get(1))).containsExactly("reviewId", "title", "reports");
        assertThat(fieldsOf(read.get(2))).containsExactly("reviewId");
        assertThat(read.subList(1, read.size())).allSatisfy(entry -> assertThat(entry.actor()).isNull());
        assertThat(read).as("numbered as shown: the answers between opening and conclusion are not counted")
                .extracting(TrailEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(read.subList(1, read.size()).toString()).as("the review's entries")
                .doesNotContain("Zo gezien in het rapport", "De methode is goed toegepast", "vc-2", "vc-chair", "board");
    }

    @Test
    void oncePublishedAnyoneTheTrailIsOpenToReadsItsPublicReportButNoAnswer() {
        List<TrailEntry> read = disclosed(ADMINISTRATOR, published(), published());

        assertThat(read).extracting(TrailEntry::eventType).doesNotContain("ValidationQuestionAnswered");
        assertThat(read.toString()).contains("De methode is goed toegepast.", "Het bestuur neemt", "Validatierapport 2027")
                .doesNotContain("Zo gezien in het rapport");
        assertThat(disclosed(INSPECTOR, published(), boardReacted()))
                .as("a review not published: nothing of it").extracting(TrailEntry::eventType).containsExactly("CommitteeComposed");
    }

    /** The committee's stream with {@code review} in it, read by {@code caller} while the review is as {@code now}. */
    private static List<TrailEntry> disclosed(Caller caller, List<Object> review, List<Object> now) {
        ReviewView view = new ReviewView();
        for (int i = 0; i < now.size(); i++) {
            ReviewView.apply(view, (ReviewEvent) now.get(i), i);
        }
        Function<String, ReviewStatus> statusOf = id -> id.equals(view.reviewId) ? view.status : null;
        return ReviewTrailDisclosure.disclose(caller, trailOf(committeeStream(review)), ReviewTrailDisclosure::reviewNamedIn,
                statusOf);
    }

    private static List<Object> committeeStream(List<Object> review) {
        return plus(composed(), review.toArray());
    }

    private static List<TrailEntry> trailOf(List<Object> history) {
        List<TrailEntry> trail = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            ValidationEvent event = (ValidationEvent) history.get(i);
            ObjectNode change = JSON.valueToTree(event);
            change.remove(List.of("committeeId", "actor", "occurredAt"));
            trail.add(new TrailEntry(i, "event-" + i, event.getClass().getSimpleName(), event.occurredAt(),
                    event.actor().userId(), event.actor().role().name(), change));
        }
        return trail;
    }

    private static List<String> fieldsOf(TrailEntry entry) {
        List<String> fields = new ArrayList<>();
        entry.change().fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
