package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessTime;
import nl.kwaliteitsnetwerk.ledger.audit.web.PostedForms.Posted;
import nl.kwaliteitsnetwerk.ledger.audit.web.Requests.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import nl.kwaliteitsnetwerk.ledger.platform.ui.FormCommands;
import nl.kwaliteitsnetwerk.ledger.platform.ui.FormOutcome;
import nl.kwaliteitsnetwerk.ledger.platform.ui.SeeOther;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * The auditor's workspace: a form for every step of an audit's life, from scheduling to the published summary
 * and its follow-up actions. Each form sends the API's own request through the API controller's own handler
 * ({@link FormCommands}), with the roles the API endpoint states and the version the page showed, so that there is
 * no second write path and a stale page is refused as an API client would be. Accepted: back to the audit's page
 * (303) with the new version; refused: the audit's page again with the API's status, the problem and what the
 * user typed, in the form that failed.
 */
@Controller
@BrowserPage
record AuditWorkspacePages(AuditCommandController api, FormCommands forms, AuditPages pages, VisibleAudits audits,
                           InstitutionRegister register, FrameworkCatalog frameworks, MessageSource messages) {

    /** How long a saved step may take to reach the page it leads to, and how often to look. */
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(2);
    private static final Duration SHOWN_POLL = Duration.ofMillis(10);

    @GetMapping("/ui/audits/new")
    @Allowed(ADMINISTRATOR)
    String scheduling(Model model) {
        model.addAttribute("institutions", register.all());
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("kinds", AuditKind.values());
        return "audit/schedule";
    }

    /**
     * A refused form is answered at the address it was posted to; reloading that page, or switching its language,
     * asks for the address with GET: that is the audit's page.
     */
    @GetMapping({"/ui/audits/{auditId}/team", "/ui/audits/{auditId}/intake", "/ui/audits/{auditId}/site-visit",
            "/ui/audits/{auditId}/findings", "/ui/audits/{auditId}/findings/{findingId}/{step}",
            "/ui/audits/{auditId}/judgements", "/ui/audits/{auditId}/overall-judgement",
            "/ui/audits/{auditId}/oral-feedback", "/ui/audits/{auditId}/concept-report",
            "/ui/audits/{auditId}/reopening", "/ui/audits/{auditId}/comments",
            "/ui/audits/{auditId}/comments/{commentId}/disposition", "/ui/audits/{auditId}/final-report",
            "/ui/audits/{auditId}/board-reaction", "/ui/audits/{auditId}/errata", "/ui/audits/{auditId}/publication",
            "/ui/audits/{auditId}/follow-ups/{followUpId}/{step}"})
    @SignedIn
    Object backToTheAudit(@PathVariable String auditId, @RequestParam(required = false) String lang) {
        return SeeOther.to("/ui/audits/" + UriUtils.encodePathSegment(auditId, StandardCharsets.UTF_8)
                + (lang == null ? "" : "?lang=" + UriUtils.encodeQueryParam(lang, StandardCharsets.UTF_8)));
    }

    /** The same for the scheduling form: an administrator gets it again, anyone else the overview. */
    @GetMapping("/ui/audits")
    @SignedIn
    Object backToScheduling(Caller caller) {
        return SeeOther.to(caller.has(ADMINISTRATOR) ? "/ui/audits/new" : "/ui");
    }

    @PostMapping("/ui/audits")
    @Allowed(ADMINISTRATOR)
    Object schedule(Actor actor, Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                    RedirectAttributes flash, Locale locale) {
        FormOutcome outcome = forms.send(fromRegister(request), response, ScheduleAuditRequest.class,
                body -> api.schedule(body, actor));
        if (outcome.isAccepted()) {
            return saved(outcome, caller, flash, locale);
        }
        response.setStatus(outcome.status());
        refused(outcome, "schedule", request, model);
        return scheduling(model);
    }

    @PostMapping("/ui/audits/{auditId}/team")
    @Allowed(ADMINISTRATOR)
    Object assignTeam(@PathVariable String auditId, Posted form, Actor actor) {
        return send("team", form, AssignTeamRequest.class,
                body -> api.assignTeam(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/intake")
    @Allowed(LEAD_AUDITOR)
    Object intake(@PathVariable String auditId, Posted form, Actor actor) {
        return send("intake", form, IntakeRequest.class,
                body -> api.intake(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/site-visit")
    @Allowed(LEAD_AUDITOR)
    Object startSiteVisit(@PathVariable String auditId, Posted form, Actor actor) {
        return send("siteVisit", form, OccurredOnRequest.class,
                body -> api.startSiteVisit(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/findings")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    Object recordFinding(@PathVariable String auditId, Posted form, Actor actor) {
        return send("finding", form, FindingRequest.class,
                body -> api.recordFinding(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/findings/{findingId}/corrections")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    Object correctFinding(@PathVariable String auditId, @PathVariable String findingId, Posted form, Actor actor) {
        return send("correction-" + findingId, form, CorrectionRequest.class,
                body -> api.correctFinding(auditId, findingId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/findings/{findingId}/retraction")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    Object retractFinding(@PathVariable String auditId, @PathVariable String findingId, Posted form, Actor actor) {
        return send("retraction-" + findingId, form, ReasonRequest.class,
                body -> api.retractFinding(auditId, findingId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/judgements")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    Object judge(@PathVariable String auditId, Posted form, Actor actor) {
        return send("judgement", form, JudgementRequest.class,
                body -> api.judge(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/overall-judgement")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    Object overall(@PathVariable String auditId, Posted form, Actor actor) {
        return send("overall", form, OverallJudgementRequest.class,
                body -> api.overall(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/oral-feedback")
    @Allowed(LEAD_AUDITOR)
    Object oralFeedback(@PathVariable String auditId, Posted form, Actor actor) {
        return send("oralFeedback", form, SummaryRequest.class,
                body -> api.oralFeedback(auditId, body, form.expected(), actor));
    }

    /** The deadline is picked as a day; comments are taken until that day ends in Amsterdam. */
    @PostMapping("/ui/audits/{auditId}/concept-report")
    @Allowed(LEAD_AUDITOR)
    Object concept(@PathVariable String auditId, Posted form, Actor actor) {
        return send("concept", form, deadlineAsInstant(form.request()), ConceptReportRequest.class,
                body -> api.concept(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/reopening")
    @Allowed(LEAD_AUDITOR)
    Object reopen(@PathVariable String auditId, Posted form, Actor actor) {
        return send("reopening", form, ReopeningRequest.class,
                body -> api.reopen(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/comments")
    @Allowed({INSTITUTION, QUALITY_COUNCIL})
    Object comment(@PathVariable String auditId, Posted form, Actor actor) {
        return send("comment", form, CommentRequest.class,
                body -> api.comment(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/comments/{commentId}/disposition")
    @Allowed(LEAD_AUDITOR)
    Object dispose(@PathVariable String auditId, @PathVariable String commentId, Posted form, Actor actor) {
        return send("disposition-" + commentId, form, DispositionRequest.class,
                body -> api.dispose(auditId, commentId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/final-report")
    @Allowed(LEAD_AUDITOR)
    Object finalise(@PathVariable String auditId, Posted form, Actor actor) {
        return send("finalReport", form, FinalReportRequest.class,
                body -> api.finalise(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/board-reaction")
    @Allowed(INSTITUTION)
    Object boardReaction(@PathVariable String auditId, Posted form, Actor actor) {
        return send("boardReaction", form, BoardReactionRequest.class,
                body -> api.boardReaction(auditId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/errata")
    @Allowed(LEAD_AUDITOR)
    Object erratum(@PathVariable String auditId, Posted form, Actor actor) {
        return send("erratum", form, ErratumRequest.class,
                body -> api.erratum(auditId, body, form.expected(), actor));
    }

    /**
     * A form field's name cannot hold a finding's id (a UUID has hyphens), so the form names the improvement points
     * {@code followUpDueDates.p0}, {@code p1} ... in the order the final report lists them; they are named by
     * their finding's id again before the API's handler gets the request.
     */
    @PostMapping("/ui/audits/{auditId}/publication")
    @Allowed(LEAD_AUDITOR)
    Object publish(@PathVariable String auditId, Posted form, Actor actor) {
        return send("publication", form, PublicationRequest.class,
                body -> api.publish(auditId, new PublicationRequest(body.summary(), byFinding(body.followUpDueDates(),
                        improvementPoints(form.caller(), auditId)), body.occurredOn()), form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/follow-ups/{followUpId}/done")
    @Allowed(INSTITUTION)
    Object followUpDone(@PathVariable String auditId, @PathVariable String followUpId, Posted form, Actor actor) {
        return send("done-" + followUpId, form, FollowUpDoneRequest.class,
                body -> api.followUpDone(auditId, followUpId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/follow-ups/{followUpId}/acceptance")
    @Allowed(LEAD_AUDITOR)
    Object acceptFollowUp(@PathVariable String auditId, @PathVariable String followUpId, Posted form, Actor actor) {
        return send("acceptance-" + followUpId, form, FollowUpAcceptanceRequest.class,
                body -> api.acceptFollowUp(auditId, followUpId, body, form.expected(), actor));
    }

    @PostMapping("/ui/audits/{auditId}/follow-ups/{followUpId}/reopening")
    @Allowed(LEAD_AUDITOR)
    Object reopenFollowUp(@PathVariable String auditId, @PathVariable String followUpId, Posted form, Actor actor) {
        return send("followUpReopening-" + followUpId, form, FollowUpReopeningRequest.class,
                body -> api.reopenFollowUp(auditId, followUpId, body, form.expected(), actor));
    }

    private <T> Object send(String name, Posted form, Class<T> requestType,
                            Function<T, ResponseEntity<CommandAccepted>> apiCall) {
        return send(name, form, form.request(), requestType, apiCall);
    }

    /** Sends the form's fields, as {@code fields} has them, as the API's request through the API's own handler. */
    private <T> Object send(String name, Posted form, HttpServletRequest fields, Class<T> requestType,
                            Function<T, ResponseEntity<CommandAccepted>> apiCall) {
        return answer(name, form, forms.send(fields, form.response(), requestType, apiCall));
    }

    /** Accepted: to the audit's page. Refused: that page again, with the API's status and the user's input. */
    private Object answer(String form, Posted posted, FormOutcome outcome) {
        if (outcome.isAccepted()) {
            return saved(outcome, posted.caller(), posted.flash(), posted.locale());
        }
        posted.response().setStatus(outcome.status());
        refused(outcome, form, posted.request(), posted.model());
        return pages.audit(posted.auditId(), null, null, null, null, posted.response(), posted.caller(),
                posted.model());
    }

    private Object saved(FormOutcome outcome, Caller caller, RedirectAttributes flash, Locale locale) {
        awaitShown(caller, outcome.accepted());
        flash.addFlashAttribute("flash", messages.getMessage("ui.saved",
                new Object[]{outcome.accepted().version()}, locale));
        return SeeOther.to("/ui/audits/" + UriUtils.encodePathSegment(outcome.accepted().id(), StandardCharsets.UTF_8));
    }

    /**
     * Read your writes: the page the browser is sent to should show the step just taken, with its version, or the
     * next form would carry the version before it and be refused as stale. The read model follows the ledger within
     * moments; this waits for it, bounded, so that a slow projection only means an older page (whose version the next
     * form then reports as stale). Elapsed time, not the service's clock: this waits, it dates nothing.
     */
    private void awaitShown(Caller caller, CommandAccepted accepted) {
        long until = System.nanoTime() + SHOWN_WITHIN.toNanos();
        while (System.nanoTime() < until && !shown(caller, accepted)) {
            try {
                Thread.sleep(SHOWN_POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean shown(Caller caller, CommandAccepted accepted) {
        try {
            return audits.one(caller, accepted.id()).version >= accepted.version();
        } catch (RuntimeException notYetVisible) {
            return false;
        }
    }

    private static void refused(FormOutcome outcome, String form, HttpServletRequest request, Model model) {
        Map<String, String> input = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name) && values.length > 0) {
                input.put(name, values[0]);
            }
        });
        model.addAttribute("outcome", outcome);
        model.addAttribute("failedForm", form);
        model.addAttribute("input", input);
    }

    /**
     * The institution is picked from the register by its code, and the API's request carries its board number and
     * name too: those the register gives. The framework is picked as one option, {@code id@version}.
     */
    private HttpServletRequest fromRegister(HttpServletRequest request) {
        AdjustedForm.Builder form = AdjustedForm.of(request);
        String code = form.value("institutionCode");
        if (code != null && !code.isBlank()) {
            register.byCode(code).ifPresent(institution -> form
                    .put("boardNumber", String.valueOf(institution.boardNumber()))
                    .put("institutionName", institution.name()));
        }
        String framework = form.value("framework");
        form.remove("framework");
        if (framework != null && framework.lastIndexOf('@') > 0) {
            int at = framework.lastIndexOf('@');
            form.put("frameworkId", framework.substring(0, at)).put("frameworkVersion", framework.substring(at + 1));
        }
        return form.build();
    }

    /** A day as the deadline: the end of that day in Amsterdam, as the instant the API takes. */
    private static HttpServletRequest deadlineAsInstant(HttpServletRequest request) {
        AdjustedForm.Builder form = AdjustedForm.of(request);
        String day = form.value("commentDeadline");
        if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                form.put("commentDeadline", LocalDate.parse(day).plusDays(1).atStartOfDay(BusinessTime.ZONE)
                        .toInstant().toString());
            } catch (DateTimeParseException notADay) {
                // left as sent: the API's reader refuses it with the field named
            }
        }
        return form.build();
    }

    private List<String> improvementPoints(Caller caller, String auditId) {
        var finalReport = audits.one(caller, auditId).finalReport;
        return finalReport == null || finalReport.improvementPointIds() == null ? List.of()
                : finalReport.improvementPointIds();
    }

    /** {@code p<n>} names the n-th improvement point; any other key is passed on for the audit to refuse. */
    static Map<String, LocalDate> byFinding(Map<String, LocalDate> dueDates, List<String> points) {
        Map<String, LocalDate> byId = new LinkedHashMap<>();
        dueDates.forEach((key, due) -> {
            int index = key.matches("p\\d{1,3}") ? Integer.parseInt(key.substring(1)) : -1;
            byId.put(index >= 0 && index < points.size() ? points.get(index) : key, due);
        });
        return byId;
    }
}
