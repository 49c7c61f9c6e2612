package nl.kwaliteitsnetwerk.ledger.validation.ui;

import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ReviewPage;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.web.CalendarPage;
import nl.kwaliteitsnetwerk.ledger.validation.trail.web.TrailPage;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The validation service's reading pages: the overview (institutions, validation reviews, a member's open work),
 * an institution's overview and a report's trail as a timeline. Each reads through the API's own handlers
 * ({@link TrailPage}, {@link ReviewPage}, {@link CalendarPage}), so a page shows a reader exactly what the API
 * shows them, by the same rules.
 */
@Controller
@BrowserPage
record ValidationPages(TrailPage trail, ReviewPage reviews, CalendarPage calendars, InstitutionRegister register) {

    /** An institution on a list: its code and the name the register gives it. */
    record Institution(String code, String name) {
    }

    @GetMapping("/ui")
    @SignedIn
    String overview(Caller caller, Model model) {
        TreeSet<String> codes = new TreeSet<>();
        trail.reports(caller).forEach(report -> codes.addAll(ReportHeading.of(report).institutionCodes()));
        if (caller.institutionCode() != null) {
            codes.add(caller.institutionCode());
        }
        model.addAttribute("institutions", named(codes));
        model.addAttribute("reviews", reviews.list(caller));
        model.addAttribute("openWork", reviews.openWork(caller));
        return "validation/index";
    }

    /**
     * What the reader may see of an institution: its reports and their follow-up from the trail, the validation
     * reviews covering them and its supervision calendar. An institution of which the reader may see nothing is
     * not found, as an unknown code.
     */
    @GetMapping("/ui/institutions/{code}")
    @SignedIn
    String institution(@PathVariable("code") String given, Caller caller, Model model) {
        String code = InstitutionCode.normalise(given, "code");
        TrailPage.InstitutionTrail itsTrail = trail.institution(code, caller);
        List<Object> itsReviews = reviews.covering(code, caller);
        Optional<Object> calendar = calendars.of(code, caller);
        if (itsTrail.reports().isEmpty() && itsReviews.isEmpty() && calendar.isEmpty()) {
            throw RuleViolation.notFound(given);
        }
        model.addAttribute("institution", new Institution(code, register.displayName(code)));
        model.addAttribute("reports", itsTrail.reports().stream().map(ReportHeading::of).toList());
        model.addAttribute("followUps", trail.openFollowUps(code, caller));
        model.addAttribute("reviews", itsReviews);
        model.addAttribute("calendar", calendar.orElse(null));
        return "validation/institution";
    }

    /**
     * A report's trail as a timeline, now or as it stood at {@code asOf}; an htmx request (header {@code HX-Request})
     * gets only the timeline part, so the as-of control swaps that and leaves the page, which works as a plain GET
     * form without JavaScript.
     */
    @GetMapping("/ui/reports/{reportId}")
    @SignedIn
    String report(@PathVariable String reportId, @RequestParam(required = false) String asOf,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                  HttpServletResponse response, Caller caller, Model model) {
        Instant instant = AsOf.instant(asOf);
        TrailPage.ReportTrail report = trail.report(reportId, instant, caller);
        model.addAttribute("reportId", reportId);
        model.addAttribute("report", ReportHeading.of(report.report()));
        model.addAttribute("timeline", ReportTimeline.of(report.entries()));
        model.addAttribute("asOf", instant);
        model.addAttribute("asOfInput", AsOf.input(instant));
        model.addAttribute("institutions", named(ReportHeading.of(report.report()).institutionCodes()));
        // the same address answers a whole page or its timeline part: a cache must keep them apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null && restore == null ? "validation/report :: timeline" : "validation/report";
    }

    private List<Institution> named(Collection<String> codes) {
        return codes.stream().map(code -> new Institution(code, register.displayName(code))).toList();
    }
}
