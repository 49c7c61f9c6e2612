package nl.kwaliteitsnetwerk.ledger.validation.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportType;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline reads a revision as before and after with its reason, and a comment with its disposition beside it. */
class ReportTimelineTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<TrailEntry> entries = new ArrayList<>();

    @Test
    void aRevisedJudgementReadsAsBeforeAndAfterWithItsReason() {
        add("audit.standard-judged", TrailKind.JUDGEMENT, JSON.objectNode().put("judgementId", "j-1").put("value", "2")
                .put("standardCode", "KS3"), null, null);
        add("audit.standard-judged", TrailKind.JUDGEMENT, JSON.objectNode().put("judgementId", "j-2").put("value", "3")
                .put("standardCode", "KS3").put("revises", "j-1"), "j-1", "Na wederhoor");

        ReportTimeline.Step revision = ReportTimeline.of(entries).steps().get(1);
        assertThat(revision.correction()).isTrue();
        assertThat(revision.before()).isEqualTo("2");
        assertThat(revision.what()).isEqualTo("3");
        assertThat(revision.reason()).isEqualTo("Na wederhoor");
        assertThat(ReportTimeline.of(entries).steps().get(0).correction()).isFalse();
    }

    @Test
    void aRevisionOfAStepTheReaderWasNotShownHasNoBefore() {
        add("audit.standard-judged", TrailKind.JUDGEMENT, JSON.objectNode().put("judgementId", "j-2").put("value", "3")
                .put("revises", "j-1"), "j-1", "Na wederhoor");
        ReportTimeline.Step revision = ReportTimeline.of(entries).steps().get(0);
        assertThat(revision.before()).isNull();
        assertThat(revision.correction()).as("still a revision, with its reason").isTrue();
    }

    @Test
    void aCommentCarriesItsDispositionAndTheDispositionIsNotAStepOfItsOwn() {
        add("audit.concept-commented", TrailKind.COMMENT, JSON.objectNode().put("commentId", "c-1").put("text", "Graag"),
                null, null);
        add("audit.comment-disposed", TrailKind.COMMENT, JSON.objectNode().put("commentId", "c-1")
                .put("disposition", "NOT_ACCEPTED").put("explanation", "Staat er al"), null, null);
        add("audit.comment-disposed", TrailKind.COMMENT, JSON.objectNode().put("commentId", "c-9")
                .put("disposition", "NOT_ACCEPTED"), null, null);

        List<ReportTimeline.Step> steps = ReportTimeline.of(entries).steps();
        assertThat(steps).extracting(ReportTimeline.Step::eventType)
                .as("a disposition whose comment is not shown stays a step").containsExactly("audit.concept-commented",
                        "audit.comment-disposed");
        assertThat(steps.get(0).disposition().disposition()).isEqualTo("NOT_ACCEPTED");
        assertThat(steps.get(0).disposition().explanation()).isEqualTo("Staat er al");
        assertThat(steps.get(0).what()).isEqualTo("Graag");
    }

    private void add(String type, TrailKind kind, ObjectNode payload, String corrects, String reason) {
        int n = entries.size();
        entries.add(new TrailEntry("e-" + n, type, 1, ReportType.AUDIT, "audit-1", n, "29WT",
                Instant.parse("2027-03-01T10:00:00Z").plusSeconds(3600L * n), "lead", "LEAD_AUDITOR", kind,
                payload.path("standardCode").asText(null), null, corrects, reason, payload, null, null));
    }
}
