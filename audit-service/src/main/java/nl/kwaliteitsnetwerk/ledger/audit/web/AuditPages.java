package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.AuditSummary;
import nl.kwaliteitsnetwerk.ledger.audit.web.FollowUpController.FollowUpLine;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblem;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblemException;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProofs;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The audit service's reading pages: the audits a reader may see, per institution; an institution's audits and
 * their open follow-up actions; one audit as the reader may see it, with its trail as a timeline, an as-of control
 * and whether its commits verify. Every page asks the API's own handlers ({@link AuditQueryController},
 * {@link FollowUpController}), so that it shows exactly what the API shows the same reader, by the same rule.
 */
@Controller
@BrowserPage
record AuditPages(AuditPage.Reader pages, FollowUpController followUps, AuditVerificationPage verification,
                  CommitProofs proofs) {

    /** The audits of one institution on the overview, under the name the register gives it. */
    record InstitutionAudits(String code, String name, List<AuditSummary> audits) {
    }

    /**
     * Every audit the reader may see, per institution: not a page of them, as the API's list pages by planned date
     * across institutions, which would split an institution's audits over pages.
     */
    @GetMapping("/ui")
    @SignedIn
    String overview(Caller caller, Model model) {
        model.addAttribute("institutions", perInstitution(pages.api().list(null, null, all("/ui"), caller).items()));
        model.addAttribute("maySchedule", caller.has(Role.ADMINISTRATOR));
        return "audit/index";
    }

    /** The audits grouped by institution, the institutions in the order of their names. */
    private List<InstitutionAudits> perInstitution(List<AuditSummary> audits) {
        Map<String, List<AuditSummary>> byCode = new TreeMap<>();
        audits.forEach(audit -> byCode.computeIfAbsent(audit.institution().code(), code -> new ArrayList<>())
                .add(audit));
        return byCode.entrySet().stream()
                .map(e -> new InstitutionAudits(e.getKey(), pages.register().displayName(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(InstitutionAudits::name)).toList();
    }

    @GetMapping("/ui/institutions/{code}")
    @SignedIn
    String institution(@PathVariable String code, Caller caller, Model model) {
        RegisteredInstitution institution = pages.register().byCode(code)
                .orElseThrow(() -> RuleViolation.notFound(code));
        String path = "/ui/institutions/" + institution.code();
        List<AuditSummary> itsAudits = pages.api().list(institution.code(), null, all(path), caller).items();
        List<FollowUpLine> open = followUps.list(institution.code(), true, false, all(path), caller).items();
        if (itsAudits.isEmpty() && open.isEmpty()) {
            throw RuleViolation.notFound(institution.code());
        }
        model.addAttribute("institution", institution);
        model.addAttribute("audits", itsAudits);
        model.addAttribute("followUps", open);
        return "audit/institution";
    }

    /**
     * One audit as the reader may see it, now or as it stood at {@code asOf} and/or as effective on
     * {@code effectiveOn}; an htmx request (header {@code HX-Request}) gets only the report part, so the as-of
     * control swaps the report and leaves the rest of the page, which works without JavaScript as a plain GET form
     * (htmx's own request to restore a page from history gets the whole page).
     */
    @GetMapping("/ui/audits/{auditId}")
    @SignedIn
    String audit(@PathVariable String auditId, @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                 HttpServletResponse response, Caller caller, Model model) {
        Instant instant = instant(asOf);
        AuditPage page = pages.read(caller, auditId, instant, effectiveOn);
        model.addAttribute("audit", page.shown());
        model.addAttribute("view", page.shown());
        model.addAttribute("shape", page.shape());
        model.addAttribute("auditId", auditId);
        model.addAttribute("version", page.current().version);
        model.addAttribute("caller", caller);
        model.addAttribute("institution", page.institution());
        model.addAttribute("institutionName", page.institutionName());
        model.addAttribute("asOfInstant", instant);
        model.addAttribute("asOfInput", instant == null ? null
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        model.addAttribute("effectiveOn", effectiveOn);
        // the same address answers a whole page or its report part: a cache must keep them apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx != null && restore == null) {
            return "audit/page :: report";
        }
        model.addAttribute("timeline", page.shown() instanceof AuditView
                ? AuditTimeline.of(pages.api().trail(auditId, all("/ui/audits/" + auditId), caller).items()) : null);
        model.addAttribute("verification", verification.of(auditId));
        model.addAttribute("proof", page.publicationProof(proofs).orElse(null));
        return "audit/page";
    }

    /** All of a list the API pages: a page shows the whole of what it lists. */
    private static Paging all(String path) {
        return new Paging(null, Integer.MAX_VALUE, path);
    }

    /**
     * The as-of instant from the page's control: an ISO instant as the API takes it, or what a
     * {@code datetime-local} or {@code date} input sends (read in UTC, which the control's label says; a day
     * means its end, so that everything recorded that day is in).
     */
    static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        for (Function<String, Instant> reading : AS_OF_READINGS) {
            try {
                return reading.apply(asOf);
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        throw new EdgeProblemException(EdgeProblem.TYPE_MISMATCH, "Parameter 'asOf' has an invalid value.", "asOf");
    }

    private static final List<Function<String, Instant>> AS_OF_READINGS = List.of(
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1));
}
