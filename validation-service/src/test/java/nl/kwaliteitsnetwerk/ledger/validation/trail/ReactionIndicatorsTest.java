package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import nl.kwaliteitsnetwerk.ledger.validation.trail.DraftReactions.AnsweredBy;
import nl.kwaliteitsnetwerk.ledger.validation.trail.DraftReactions.DraftReaction;
import nl.kwaliteitsnetwerk.ledger.validation.trail.DraftReactions.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution's reactions to a dialogue's drafts in the indicators (validation question V3): answered by a
 * redraft or by the final report, awaiting an answer, or from a report published before answers were recorded.
 */
class ReactionIndicatorsTest {

    private static final Instant START = Instant.parse("2027-02-01T09:00:00Z");
    private static final Actor CHAIR = Actor.of("chair", Role.DIALOGUE_COMMITTEE);
    private static final Actor ROC = Actor.forInstitution("roc", "25LH");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aReactionAnsweredByTheRedraftAndOneByTheFinalReportAreBothAnsweredWithTheirDays() {
        PublishedEvents dialogue = reactedToFirstDraft()
                .with("dialogue.dialogue-report-drafted", CHAIR, version(1, "2027-03-15").put("revision", 2))
                .with("dialogue.institution-reacted-to-draft", ROC, reaction(2, "2027-03-20"))
                .with("dialogue.dialogue-report-finalised", CHAIR, version(2, "2027-04-03").put("draftRevision", 2));
        ReportIndicators indicators = indicators(dialogue);

        DraftReactions reactions = indicators.reactionsToDrafts();
        assertThat(reactions.received()).isEqualTo(2);
        assertThat(reactions.answered()).isEqualTo(2);
        assertThat(reactions.unanswered()).isEmpty();
        assertThat(reactions.notRecorded()).isEmpty();
        assertThat(reactions.reactions()).extracting(DraftReaction::answeredBy)
                .containsExactly(AnsweredBy.REDRAFT, AnsweredBy.FINAL_REPORT);
        assertThat(reactions.reactions()).extracting(DraftReaction::daysToAnswer).as("1 to 15 March, 20 March to 3 April")
                .containsExactly(14L, 14L);
        assertThat(reactions.reactions().get(0).answeredOn()).hasToString("2027-03-15");
        assertThat(reactions.toString()).as("counts and dates only").doesNotContain("Nog niet herkenbaar", "Conclusie aangescherpt");
        assertThat(ReportState.fold(entries(dialogue)).reactionsToDrafts).as("the report's state folds the same")
                .isEqualTo(reactions);
    }

    @Test
    void aReactionNoVersionHasAnsweredYetIsUnanswered() {
        DraftReactions reactions = indicators(reactedToFirstDraft()).reactionsToDrafts();

        assertThat(reactions.received()).isEqualTo(1);
        assertThat(reactions.answered()).isZero();
        assertThat(reactions.unanswered()).containsExactly(1);
        assertThat(reactions.reactions()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.UNANSWERED);
            assertThat(r.reactedOn()).hasToString("2027-03-01");
            assertThat(r.daysToAnswer()).isNull();
        });
    }

    @Test
    void aVersionAnsweringAnotherDraftLeavesTheReactionUnanswered() {
        PublishedEvents dialogue = reactedToFirstDraft()
                .with("dialogue.dialogue-report-drafted", CHAIR, version(7, "2027-03-15").put("revision", 2));

        assertThat(indicators(dialogue).reactionsToDrafts().unanswered()).containsExactly(1);
    }

    @Test
    void aReportPublishedBeforeAnswersWereRecordedShowsNotRecordedNotUnanswered() {
        PublishedEvents finalWithoutAnswer = PublishedEvents.finalDialogue("dialogue-1", "25LH", START);
        PublishedEvents redraftWithoutAnswer = reactedToFirstDraft()
                .with("dialogue.dialogue-report-drafted", CHAIR, JSON.objectNode().put("dialogueId", "dialogue-1").put("revision", 2));

        for (PublishedEvents before : List.of(finalWithoutAnswer, redraftWithoutAnswer)) {
            DraftReactions reactions = indicators(before).reactionsToDrafts();
            assertThat(reactions.received()).isEqualTo(1);
            assertThat(reactions.answered()).isZero();
            assertThat(reactions.unanswered()).isEmpty();
            assertThat(reactions.notRecorded()).containsExactly(1);
            assertThat(reactions.reactions()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(Status.NOT_RECORDED);
                assertThat(r.answeredAt()).isNull();
            });
        }
    }

    @Test
    void onlyADialogueCountsReactionsAndNeverTheirText() {
        List<TrailEntry> audit = entries(PublishedEvents.publishedAudit("audit-1", "29WT", START, "2028-01-01"));
        assertThat(ReportIndicators.of(ReportState.fold(audit), audit).reactionsToDrafts()).isNull();
        assertThat(ReportState.fold(audit).reactionsToDrafts).isNull();

        PublishedEvents dialogue = PublishedEvents.finalDialogue("dialogue-1", "25LH", START);
        assertThat(indicators(dialogue).reactionsToDrafts().toString()).doesNotContain("Herkenbaar");
    }

    /** A dialogue up to the institution's reaction, on 1 March, to its first draft. */
    private static PublishedEvents reactedToFirstDraft() {
        PublishedEvents dialogue = PublishedEvents.finalDialogue("dialogue-1", "25LH", START);
        int finalised = dialogue.events().size() - 1;
        return dialogue.stating("dialogue.institution-reacted-to-draft", p -> p.put("occurredOn", "2027-03-01"))
                .upTo(finalised);
    }

    private static ObjectNode reaction(int draftRevision, String occurredOn) {
        return JSON.objectNode().put("dialogueId", "dialogue-1").put("draftRevision", draftRevision)
                .put("reaction", "Nog niet herkenbaar").put("occurredOn", occurredOn);
    }

    /** A new version of the report, on {@code occurredOn}, answering the reaction to draft {@code answers}. */
    private static ObjectNode version(int answers, String occurredOn) {
        ObjectNode version = JSON.objectNode().put("dialogueId", "dialogue-1").put("occurredOn", occurredOn);
        version.putObject("reactionAnswer").put("draftRevision", answers).put("answer", "Conclusie aangescherpt");
        return version;
    }

    private static ReportIndicators indicators(PublishedEvents dialogue) {
        List<TrailEntry> entries = entries(dialogue);
        return ReportIndicators.of(ReportState.fold(entries), entries);
    }

    private static List<TrailEntry> entries(PublishedEvents events) {
        return events.events().stream().map((IntegrationEvent e) -> TrailClassifier.classify(e, null).orElseThrow()).toList();
    }
}
