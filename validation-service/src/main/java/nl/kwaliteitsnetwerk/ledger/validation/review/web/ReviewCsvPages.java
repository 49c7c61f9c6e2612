package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.FullReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.PublicReview;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A review's answers as CSV, for a spreadsheet, exactly as {@code GET /validation-reviews/{id}} shows the reader:
 * the committee and the board every answer with its reasoning, who gave it and whether it is stale; a reader of the
 * published report the answers counted per report and question, no one named; an administrator, who reads the
 * planning data only, 403. A cell a spreadsheet would run as a formula is defused ({@link #cell}).
 */
@Controller
@BrowserPage
record ReviewCsvPages(ValidationReviewQueryController queries) {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String[] ANSWERS = {"reviewId", "reportId", "institutionCode", "questionId", "answer", "reasoning",
            "member", "answeredAt", "revises", "revisionReason", "stale"};
    private static final String[] COUNTED = {"reviewId", "reportId", "questionId", "answer", "count"};

    @GetMapping("/ui/reviews/{reviewId}/answers.csv")
    @SignedIn
    ResponseEntity<byte[]> answers(@PathVariable String reviewId, Caller caller) {
        Object shown = queries.get(reviewId, null, caller);
        if (shown instanceof FullReview full) {
            return download(reviewId, ANSWERS, everyAnswer(full));
        }
        if (shown instanceof PublicReview published) {
            return download(reviewId, COUNTED, counted(published));
        }
        throw new RuleViolation(CommonErrors.FORBIDDEN, "The answers are not part of what you may read of this review.");
    }

    private static List<Object[]> everyAnswer(FullReview review) {
        List<Object[]> rows = new ArrayList<>();
        review.reports().forEach(report -> report.answersByQuestion().values().forEach(answers -> answers.forEach(a ->
                rows.add(new Object[]{review.reviewId(), a.reportId(), report.report().institutionCode(), a.questionId(),
                        a.answer(), a.reasoning(), a.member() == null ? null : a.member().userId(), a.answeredAt(),
                        a.revises(), a.revisionReason(), a.stale()}))));
        return rows;
    }

    private static List<Object[]> counted(PublicReview review) {
        List<Object[]> rows = new ArrayList<>();
        review.answerCountsByReportAndQuestion().forEach((report, questions) -> questions.forEach((question, tally) ->
                tally.forEach((answer, count) -> rows.add(new Object[]{review.reviewId(), report, question, answer, count}))));
        return rows;
    }

    private static ResponseEntity<byte[]> download(String reviewId, String[] header, List<Object[]> rows) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(text)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    csv.print(cell(value));
                }
                csv.println();
            }
        } catch (IOException notOnAStringBuilder) {
            throw new UncheckedIOException(notOnAStringBuilder);
        }
        String name = "validatiereview-" + reviewId + "-antwoorden.csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The value as a cell: empty for nothing; text a spreadsheet would read as a formula (starting with = + - @, or a
     * tab or carriage return that hides one, OWASP's list) prefixed with {@code '}, which a spreadsheet shows as text.
     */
    static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
