package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProof;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProofs;
import nl.kwaliteitsnetwerk.ledger.platform.print.PdfPrinter;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewHistory;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.PublicReview;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.Locale;
import java.util.Map;

/**
 * The published validation report as PDF: the page's own part ({@code validation/parts :: validationReport}, put
 * together by {@code validation/print}) as everyone who may read a published review reads it (answers counted, no
 * one named), with the ledger's proof of the publication's commit printed at the end and attached, so that a printed
 * or saved copy can be checked with the offline verifier. A review the reader may not know is not found, as by the
 * API; one not published yet has no validation report to print (404).
 */
@Controller
@BrowserPage
record ReviewPdf(ValidationReviewQueryController queries, VisibleReviews reviews, ReviewHistory history, CommitProofs proofs,
                 PdfPrinter printer, SpringTemplateEngine templates) {

    private static final String PUBLISHED = ValidationReportPublished.class.getSimpleName();

    @GetMapping("/ui/reviews/{reviewId}/report.pdf")
    @SignedIn
    ResponseEntity<byte[]> report(@PathVariable String reviewId, Caller caller, Locale locale) {
        // the API's read first: unknown to whoever may not know the review, a break in the ledger refused
        queries.get(reviewId, null, caller);
        ReviewView review = reviews.one(caller, reviewId);
        if (review.status != ReviewStatus.PUBLISHED) {
            throw RuleViolation.notFound(reviewId);
        }
        long publication = history.trail(reviewId).stream().filter(entry -> PUBLISHED.equals(entry.eventType()))
                .mapToLong(entry -> entry.sequenceNumber()).max().orElseThrow(() -> RuleViolation.notFound(reviewId));
        CommitProof proof = proofs.withPublicEntry(reviewId, publication)
                .orElseThrow(() -> RuleViolation.notFound(reviewId))
                .about(new CommitProof.Proven("validation-report", reviewId, review.title, review.reportDigest));
        PublicReview report = ValidationReviewQueryController.publicReview(review);
        String html = templates.process("validation/print", new Context(locale, Map.of("review", report,
                "counts", ReviewPages.counted(report), "underReview", report.reports())));
        return printer.response("validatierapport-" + reviewId + ".pdf", html, proof, locale);
    }
}
