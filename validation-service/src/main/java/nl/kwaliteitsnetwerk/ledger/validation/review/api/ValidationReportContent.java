package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The content of a validation report as the chair concludes it: the review, the reports it validated with the
 * digest of the version each was validated on, every answer in force (a revision in place of what it revises) and
 * the conclusion. Its digest is what the board's reaction cites. Stored whole in ValidationReviewConcluded, so that
 * anyone can hash it again: what is hashed is exactly what is stored. A content with a lone surrogate in any field
 * has no digest ({@link #digest()} refuses it, {@link InvalidText}): a lone surrogate has no UTF-8 form, so
 * {@code getBytes} would hash it as '?' and two contents would share a digest. Refused when hashed, not when built,
 * so that a stored one still reads (and is found not to verify).
 */
public record ValidationReportContent(String reviewId,
        String title,
        String questionSetId,
        String questionSetVersion,
        List<ReportContent> reports,
        List<AnswerContent> answers,
        String conclusion) {

    /** A validated report and the digest of the version it was validated on (null where its producer stated none). */
    public record ReportContent(String reportId, String reportType, String reportDigest) {
    }

    /** An answer in force, with the digest of the report version it was given on. */
    public record AnswerContent(String answerId, String reportId, String questionId, Answer answer, String reasoning,
                                String approvedDigest) {
    }

    public ValidationReportContent {
        reports = List.copyOf(reports);
        answers = List.copyOf(answers);
    }

    /** Lower-case hex SHA-256 of {@link #canonicalBytes()} (contract C); refused for a lone surrogate in any field. */
    public String digest() {
        return LedgerHash.hex(LedgerHash.sha256(canonicalBytes()));
    }

    /**
     * The canonical encoding, version 1: the line {@code validation-report/1}, then every field in the order of the
     * records' components (reports and answers in their order here), each as {@code name:length:value} with length
     * the value's UTF-8 byte count, or {@code name:-} for none, each followed by a newline. Length-prefixed, so no
     * text can pass for a field boundary; no JSON library's settings decide the bytes.
     */
    public byte[] canonicalBytes() {
        StringBuilder out = new StringBuilder("validation-report/1\n");
        field(out, "reviewId", reviewId);
        field(out, "title", title);
        field(out, "questionSetId", questionSetId);
        field(out, "questionSetVersion", questionSetVersion);
        field(out, "reports", String.valueOf(reports.size()));
        for (ReportContent r : reports) {
            field(out, "reportId", r.reportId());
            field(out, "reportType", r.reportType());
            field(out, "reportDigest", r.reportDigest());
        }
        field(out, "answers", String.valueOf(answers.size()));
        for (AnswerContent a : answers) {
            field(out, "answerId", a.answerId());
            field(out, "reportId", a.reportId());
            field(out, "questionId", a.questionId());
            field(out, "answer", a.answer() == null ? null : a.answer().name());
            field(out, "reasoning", a.reasoning());
            field(out, "approvedDigest", a.approvedDigest());
        }
        field(out, "conclusion", conclusion);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses a surrogate not part of a pair: {@code codePoints()} yields such a one as itself. */
    private static void requireNoLoneSurrogate(String field, String value) {
        if (value != null && value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw new InvalidText(field, "a lone surrogate (not well-formed Unicode: it has no UTF-8 form to hash)");
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        requireNoLoneSurrogate(name, value);
        out.append(name).append(':');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        out.append('\n');
    }
}
