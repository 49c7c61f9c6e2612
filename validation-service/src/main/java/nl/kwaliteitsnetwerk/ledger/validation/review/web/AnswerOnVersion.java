package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ApprovedVersion;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView.GivenAnswer;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportVersion;

import java.time.Instant;

/**
 * An answer as the committee reads it beside its report: as given, and whether it is still an approval of the
 * report's current version. {@code stale}: it was given on a version a later one (an erratum) has replaced;
 * {@code givenOnVersion} is that version as the trail knows it. Staleness is derived here, from the answer's
 * {@code approvedDigest} and the report's current digest, never recorded (contract C). An answer that cites no digest
 * was given on a version that stated none ({@link ApprovedVersion}): stale once the report states one, with no
 * {@code givenOnVersion}, as the trail knows no version without a digest. Judged against the report as the trail knows it
 * now, also in a review shown as it stood ({@code asOf}): whether an approval still holds is a question of today.
 */
public record AnswerOnVersion(String answerId, String reportId, String questionId, Answer answer, String reasoning,
                              String revises, String revisionReason, Actor member, Instant answeredAt,
                              String approvedDigest, boolean stale, ReportVersion givenOnVersion) {

    /** {@code given} against {@code report} as the trail knows it now (null: the trail does not know it). */
    public static AnswerOnVersion of(GivenAnswer given, ReportState report) {
        String digest = given.approvedDigest();
        boolean stale = report != null && ApprovedVersion.isStale(digest, report.reportDigest);
        ReportVersion version = digest == null || report == null ? null : report.version(digest).orElse(null);
        return new AnswerOnVersion(given.answerId(), given.reportId(), given.questionId(), given.answer(), given.reasoning(),
                given.revises(), given.revisionReason(), given.member(), given.answeredAt(), digest, stale, version);
    }
}
