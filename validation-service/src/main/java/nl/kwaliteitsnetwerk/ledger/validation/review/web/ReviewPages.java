package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import nl.kwaliteitsnetwerk.ledger.platform.ui.FormCommands;
import nl.kwaliteitsnetwerk.ledger.platform.ui.FormOutcome;
import nl.kwaliteitsnetwerk.ledger.platform.ui.SeeOther;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewCommandController.AnswerRequest;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewCommandController.ReactionRequest;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewCommandController.TextRequest;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.FullReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.PublicReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.ReviewSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The committee's workspace: a review's reports side by side, each with its indicators and the questions answered
 * for it with their reasoning, as {@code GET /validation-reviews/{id}} shows the reader (the committee and the board
 * all of it, an administrator the summary, everyone once published the public report). Its forms send the API's own
 * commands through the API's own handlers ({@link ValidationReviewCommandController}) with the version the page
 * showed, so a stale answer is refused (409) and shown, and whoever the API refuses is refused here alike.
 */
@Controller
@BrowserPage
record ReviewPages(ValidationReviewQueryController queries, ValidationReviewCommandController commands, FormCommands forms,
                   MessageSource messages) {

    static final String PAGE = "validation/review";

    @GetMapping("/ui/reviews/{reviewId}")
    @SignedIn
    String review(@PathVariable String reviewId, Caller caller, Model model) {
        return shown(reviewId, caller, model, null);
    }

    @PostMapping("/ui/reviews/{reviewId}/answers")
    @Allowed(Role.VALIDATION_COMMITTEE)
    Object answer(@PathVariable String reviewId, @RequestParam long version, Actor member, Caller caller,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormOutcome outcome = forms.send(request, response, AnswerRequest.class,
                body -> commands.answer(reviewId, body, ExpectedVersion.of(version), member));
        return outcome(reviewId, caller, outcome, response, model, redirect, "validation.review.answered");
    }

    /** The chair's two steps, each a text: the conclusion and, once the board has reacted, the publication. */
    @PostMapping("/ui/reviews/{reviewId}/{step:conclusion|publication}")
    @Allowed(Role.VALIDATION_COMMITTEE)
    Object chairsStep(@PathVariable String reviewId, @PathVariable String step, @RequestParam long version, Actor chair,
                      Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        boolean concluding = "conclusion".equals(step);
        ExpectedVersion expected = ExpectedVersion.of(version);
        FormOutcome outcome = forms.send(request, response, TextRequest.class, body -> concluding
                ? commands.conclude(reviewId, body, expected, chair) : commands.publish(reviewId, body, expected, chair));
        return outcome(reviewId, caller, outcome, response, model, redirect,
                concluding ? "validation.review.concluded" : "validation.review.published");
    }

    /** The network board's reaction, citing the digest of the concluded validation report the page showed. */
    @PostMapping("/ui/reviews/{reviewId}/board-reaction")
    @Allowed(Role.NETWORK_BOARD)
    Object react(@PathVariable String reviewId, @RequestParam long version, Actor board, Caller caller,
                 HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return outcome(reviewId, caller, forms.send(request, response, ReactionRequest.class,
                        body -> commands.react(reviewId, body, ExpectedVersion.of(version), board)),
                response, model, redirect, "validation.review.reacted");
    }

    /** Accepted: back to the workspace (303) with a word of what happened; refused: the workspace with the refusal. */
    private Object outcome(String reviewId, Caller caller, FormOutcome outcome, HttpServletResponse response, Model model,
                           RedirectAttributes redirect, String accepted) {
        if (outcome.isAccepted()) {
            redirect.addFlashAttribute("flash", messages.getMessage(accepted, null, LocaleContextHolder.getLocale()));
            return SeeOther.to("/ui/reviews/" + reviewId);
        }
        response.setStatus(outcome.status());
        return shown(reviewId, caller, model, outcome);
    }

    private String shown(String reviewId, Caller caller, Model model, FormOutcome outcome) {
        Object shown = queries.get(reviewId, null, caller);
        model.addAttribute("review", shown);
        model.addAttribute("reviewId", reviewId);
        model.addAttribute("outcome", outcome);
        model.addAttribute("status", shown instanceof FullReview full ? full.status()
                : shown instanceof ReviewSummary summary ? summary.status() : ReviewStatus.PUBLISHED);
        model.addAttribute("showReport", !(shown instanceof ReviewSummary));
        model.addAttribute("counts", shown instanceof PublicReview published ? counted(published) : null);
        model.addAttribute("underReview", underReview(shown));
        if (shown instanceof FullReview full) {
            boolean member = full.members().stream().anyMatch(m -> m.userId().equals(caller.userId()));
            boolean chair = caller.userId().equals(full.chairUserId());
            model.addAttribute("full", full);
            model.addAttribute("version", full.version());
            model.addAttribute("mayAnswer", member && full.status() == ReviewStatus.OPEN);
            model.addAttribute("mayConclude", chair && full.status() == ReviewStatus.OPEN);
            model.addAttribute("mayReact", caller.has(Role.NETWORK_BOARD) && full.status() == ReviewStatus.CONCLUDED);
            model.addAttribute("mayPublish", chair && full.status() == ReviewStatus.BOARD_REACTED);
            model.addAttribute("answeredByMe", answeredBy(full, caller.userId()));
        }
        return PAGE;
    }

    /** The reports a review covers, as the review recorded them, whichever part of it the reader is shown. */
    static List<ReportUnderReview> underReview(Object shown) {
        if (shown instanceof FullReview full) {
            return full.reports().stream().map(ValidationReviewQueryController.ReportReview::report).toList();
        }
        return shown instanceof PublicReview published ? published.reports() : ((ReviewSummary) shown).reports();
    }

    /** The public report's answers counted, per report and question, keyed by the answer's name (YES, PARTLY, NO). */
    static Map<String, Map<String, Map<String, Long>>> counted(PublicReview review) {
        Map<String, Map<String, Map<String, Long>>> counts = new LinkedHashMap<>();
        review.answerCountsByReportAndQuestion().forEach((report, questions) -> {
            Map<String, Map<String, Long>> perQuestion = new LinkedHashMap<>();
            questions.forEach((question, tally) -> {
                Map<String, Long> named = new LinkedHashMap<>();
                tally.forEach((answer, count) -> named.put(answer.name(), count));
                perQuestion.put(question, named);
            });
            counts.put(report, perQuestion);
        });
        return counts;
    }

    /** "reportId/questionId" of every question the member answered for a report: answering again revises. */
    private static Set<String> answeredBy(FullReview review, String userId) {
        return review.reports().stream().flatMap(report -> report.answersByQuestion().values().stream()
                        .flatMap(answers -> answers.stream()
                                .filter(a -> a.member() != null && userId.equals(a.member().userId()))
                                .map(a -> a.reportId() + "/" + a.questionId())))
                .collect(Collectors.toSet());
    }
}
