package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView.GivenAnswer;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer that cites no digest (stored before digests, or given while its report stated none) was given on a
 * version that stated none: the committee's view and the review's trail show it stale once an erratum gives its
 * report a digest, as they show an answer on a replaced digest, and current while the report states none.
 */
class StaleAnswerWithoutDigestTest {

    private static final String ERRATUM = "3".repeat(64);
    private static final String FINAL = "2".repeat(64);
    private static final Instant ANSWERED = Instant.parse("2027-08-01T10:00:00Z");

    @Test
    void anAnswerWithoutADigestShowsStaleInTheViewOnceTheReportStatesOne() {
        AnswerOnVersion shown = AnswerOnVersion.of(given(null), reportAt(ERRATUM));
        assertThat(shown.stale()).isTrue();
        assertThat(shown.givenOnVersion()).as("the trail knows no version without a digest").isNull();
    }

    @Test
    void anAnswerWithoutADigestShowsCurrentWhileTheReportStatesNone() {
        assertThat(AnswerOnVersion.of(given(null), reportAt(null)).stale()).isFalse();
        assertThat(AnswerOnVersion.of(given(null), null).stale()).as("a report the trail does not know").isFalse();
    }

    @Test
    void anAnswerOnAReplacedDigestShowsStaleAsBefore() {
        ReportState report = reportAt(ERRATUM);
        report.versions.add(0, version(1, FINAL));
        AnswerOnVersion shown = AnswerOnVersion.of(given(FINAL), report);
        assertThat(shown.stale()).isTrue();
        assertThat(shown.givenOnVersion().number()).isEqualTo(1);
        assertThat(AnswerOnVersion.of(given(ERRATUM), report).stale()).isFalse();
    }

    @Test
    void anAnswerWithoutADigestIsMarkedStaleInTheReviewsTrailOnceTheReportStatesOne() {
        TrailEntry answered = answeredEntry();
        TrailEntry marked = StaleAnswersInTrail.marked(List.of(answered), id -> Optional.of(reportAt(ERRATUM))).get(0);
        assertThat(marked.change().path("approval").path("stale").asBoolean()).isTrue();
        assertThat(marked.change().path("approval").has("givenOnVersion")).isFalse();
        TrailEntry current = StaleAnswersInTrail.marked(List.of(answered), id -> Optional.of(reportAt(null))).get(0);
        assertThat(current.change().path("approval").path("stale").asBoolean()).isFalse();
        assertThat(answered.change().has("approval")).as("the stored entry is not changed").isFalse();
    }

    private static GivenAnswer given(String digest) {
        return new GivenAnswer("answer-1", "audit-1", "V1", Answer.YES, "Gezien", null, null,
                Actor.of("vc-2", Role.VALIDATION_COMMITTEE), ANSWERED, digest);
    }

    /** The report as the trail knows it, its current digest {@code digest} (null: none stated) and that one version. */
    private static ReportState reportAt(String digest) {
        ReportState report = new ReportState();
        report.reportId = "audit-1";
        report.reportDigest = digest;
        if (digest != null) {
            report.versions.add(version(2, digest));
        }
        return report;
    }

    private static ReportVersion version(int number, String digest) {
        return new ReportVersion(number, digest, null, "audit.erratum-issued", "event-" + number, number,
                ANSWERED.plusSeconds(number), LocalDate.of(2027, 8, 2));
    }

    private static TrailEntry answeredEntry() {
        ObjectNode change = JsonNodeFactory.instance.objectNode().put("reviewId", "review-2027").put("reportId", "audit-1")
                .put("questionId", "V1").putNull("approvedDigest");
        return new TrailEntry(1, "event-1", "ValidationQuestionAnswered", ANSWERED, "vc-2", "VALIDATION_COMMITTEE", change);
    }
}
