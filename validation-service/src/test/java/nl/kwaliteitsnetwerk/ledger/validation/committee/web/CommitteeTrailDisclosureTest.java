package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The committee's trail read as each role reads the review it is about. */
class CommitteeTrailDisclosureTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Caller ADMINISTRATOR = new Caller("admin", Set.of(Role.ADMINISTRATOR), null);
    private static final Caller MEMBER = new Caller("vc-3", Set.of(Role.VALIDATION_COMMITTEE), null);
    private static final Caller INSPECTOR = new Caller("inspector", Set.of(Role.INSPECTORATE), null);

    @Test
    void theCommitteeAndTheBoardReadEveryEntryWhole() {
        List<Object> history = boardReacted();
        assertThat(CommitteeTrailDisclosure.disclose(MEMBER, trailOf(history), viewOf(history))).isEqualTo(trailOf(history));
    }

    @Test
    void anAdministratorReadsAnUnpublishedReviewsPlanningOnly() {
        List<Object> history = boardReacted();
        List<TrailEntry> read = CommitteeTrailDisclosure.disclose(ADMINISTRATOR, trailOf(history), viewOf(history));

        assertThat(read).extracting(TrailEntry::eventType).containsExactly("CommitteeComposed", "ValidationReviewOpened",
                "ValidationReviewConcluded", "BoardReactionRecorded");
        assertThat(read.get(0)).as("the composition, public anyway, whole").isEqualTo(trailOf(history).get(0));
        assertThat(fieldsOf(read.get(1))).containsExactly("reviewId", "title", "reports");
        assertThat(fieldsOf(read.get(2))).containsExactly("reviewId");
        assertThat(read.subList(1, read.size())).allSatisfy(entry -> assertThat(entry.actor()).isNull());
        assertThat(read.subList(1, read.size()).toString()).as("the review's entries")
                .doesNotContain("Zo gezien in het rapport", "De methode is goed toegepast", "vc-2", "vc-chair", "board");
    }

    @Test
    void oncePublishedAnyoneTheTrailIsOpenToReadsItsPublicReportButNoAnswer() {
        List<Object> history = new ArrayList<>(boardReacted());
        history.add(new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
        List<TrailEntry> read = CommitteeTrailDisclosure.disclose(ADMINISTRATOR, trailOf(history), viewOf(history));

        assertThat(read).extracting(TrailEntry::eventType).doesNotContain("ValidationQuestionAnswered");
        assertThat(read.toString()).contains("De methode is goed toegepast.", "Het bestuur neemt", "Validatierapport 2027")
                .doesNotContain("Zo gezien in het rapport");
        assertThat(CommitteeTrailDisclosure.disclose(INSPECTOR, trailOf(history), viewOf(boardReacted())))
                .as("a review not published: nothing of it").extracting(TrailEntry::eventType).containsExactly("CommitteeComposed");
    }

    private static List<TrailEntry> trailOf(List<Object> history) {
        List<TrailEntry> trail = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            CommitteeEvent event = (CommitteeEvent) history.get(i);
            ObjectNode change = JSON.valueToTree(event);
            change.remove(List.of("committeeId", "actor", "occurredAt"));
            trail.add(new TrailEntry(i, "event-" + i, event.getClass().getSimpleName(), event.occurredAt(),
                    event.actor().userId(), event.actor().role().name(), change));
        }
        return trail;
    }

    private static CommitteeView viewOf(List<Object> history) {
        CommitteeView view = new CommitteeView();
        for (int i = 0; i < history.size(); i++) {
            CommitteeView.apply(view, (CommitteeEvent) history.get(i), i);
        }
        return view;
    }

    private static List<String> fieldsOf(TrailEntry entry) {
        List<String> fields = new ArrayList<>();
        entry.change().fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
