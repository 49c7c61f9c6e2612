package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.validation.trail.DisclosedTrail;
import nl.kwaliteitsnetwerk.ledger.validation.trail.FollowUpLine;
import nl.kwaliteitsnetwerk.ledger.validation.trail.NamedReports;
import nl.kwaliteitsnetwerk.ledger.validation.trail.PublicReport;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportIndicators;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailDisclosure;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailKind;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailQuery;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trail across the audit and dialogue services: every judgement and follow-up, and every other
 * step, in time order, with its source event id, framework version, actor and role, and what it
 * corrects. What a caller reads is decided by {@link TrailDisclosure}, and every filter and {@code asOf}
 * applies to what the caller is shown ({@link DisclosedTrail}). Lists come in pages, after disclosure.
 */
@RestController
@RequestMapping("/trail")
@Tag(name = "Trail")
class TrailController {

    private final TrailStore store;
    private final DisclosedTrail trail;
    private final NamedReports names;
    private final Clock clock;

    TrailController(TrailStore store, NamedReports names, Clock clock) {
        this.store = store;
        this.trail = new DisclosedTrail(store);
        this.names = names;
        this.clock = clock;
    }

    @SignedIn
    @GetMapping
    @Operation(summary = "Trail entries you may read, filtered by institution, report, standard (or capacity), actor, "
            + "period, kind, and as known at a past instant; every filter on what you are shown")
    Page<TrailEntry> entries(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                             @RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String report,
                             @RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String standard,
                             @RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String actor,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                             @Parameter(description = "an ISO-8601 instant: the trail as it stood then")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                             @RequestParam(required = false) Set<TrailKind> kind,
                             Caller caller, Paging paging) {
        return paging.page(trail.read(caller, new TrailQuery(institution, report, standard, actor, from, to, asOf, kind)),
                TrailController::inTimeOrder);
    }

    @SignedIn
    @GetMapping("/institutions/{institutionCode}")
    @Operation(summary = "An institution's audits, dialogues and reviews, their follow-up, and every judgement and "
            + "follow-up step in time order; with asOf, as it stood then")
    InstitutionTrail institution(@PathVariable String institutionCode,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant asOf,
                                 Caller caller) {
        String code = InstitutionCode.normalise(institutionCode, "institutionCode");
        TrailQuery then = TrailQuery.ofInstitution(code, asOf);
        List<TrailEntry> everything = store.entries(code, null).stream().filter(then::matches).toList();
        Map<String, ReportState> now = trail.reportsOf(everything);
        List<ReportState> reports = now.values().stream()
                .filter(report -> TrailDisclosure.mayKnow(caller, report))
                .map(report -> ReportState.fold(everything.stream().filter(e -> e.reportId().equals(report.reportId)).toList()))
                .sorted(Comparator.comparing(r -> r.scheduledAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<TrailEntry> readable = trail.read(caller, then);
        LocalDate today = LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, clock.getZone());
        List<FollowUpLine> followUps = reports.stream()
                .flatMap(r -> FollowUpLine.of(readable.stream().filter(e -> e.reportId().equals(r.reportId)).toList(), today).stream())
                .toList();
        Set<TrailKind> judgementsAndFollowUp = EnumSet.of(TrailKind.JUDGEMENT, TrailKind.FOLLOW_UP, TrailKind.REPORT,
                TrailKind.PUBLICATION);
        return new InstitutionTrail(code, asOf, reports.stream().map(report -> shown(caller, now.get(report.reportId), report))
                .toList(), followUps,
                readable.stream().filter(e -> judgementsAndFollowUp.contains(e.kind())).toList());
    }

    @SignedIn
    @GetMapping("/reports")
    @Operation(summary = "The reports you may know of, optionally of one institution, in the order they were scheduled")
    Page<Object> reports(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                         Caller caller, Paging paging) {
        List<ReportState> known = store.reports(InstitutionCode.normalise(institution, "institution")).stream()
                .filter(report -> TrailDisclosure.mayKnow(caller, report)).toList();
        Page<ReportState> page = paging.page(known, TrailController::inScheduleOrder);
        return new Page<>(page.items().stream().map(report -> shown(caller, report, report)).toList(), page.next());
    }

    @SignedIn
    @GetMapping("/reports/{reportId}")
    @Operation(summary = "A report's full history, from scheduling to publication, with every comment and its disposition")
    ReportHistory report(@PathVariable String reportId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                         Caller caller) {
        ReportState current = knownReport(caller, reportId);
        TrailQuery then = TrailQuery.ofReport(reportId, asOf);
        ReportState state = asOf == null ? current
                : ReportState.fold(store.entries(null, reportId).stream().filter(then::matches).toList());
        return new ReportHistory(shown(caller, current, state), trail.read(caller, then));
    }

    @SignedIn
    @GetMapping("/reports/{reportId}/indicators")
    @Operation(summary = "Objective indicators of a report, from its trail (validation committee, the institution)")
    ReportIndicators indicators(@PathVariable String reportId, Caller caller) {
        ReportState report = knownReport(caller, reportId);
        if (!TrailDisclosure.readsInFull(caller, report)) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Indicators are read from the whole trail of a final report.");
        }
        return ReportIndicators.of(report, store.entries(null, reportId));
    }

    @SignedIn
    @GetMapping("/follow-ups")
    @Operation(summary = "Follow-up of audits and dialogues you may read: optionally of one institution, open or overdue "
            + "only; in the order they were opened")
    Page<FollowUpLine> followUps(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                                 @RequestParam(defaultValue = "false") boolean openOnly,
                                 @RequestParam(defaultValue = "false") boolean overdueOnly,
                                 Caller caller, Paging paging) {
        List<TrailEntry> readable = trail.read(caller, new TrailQuery(institution, null, null, null, null, null,
                null, EnumSet.of(TrailKind.FOLLOW_UP)));
        LocalDate today = LocalDate.now(clock);
        List<FollowUpLine> lines = readable.stream().map(TrailEntry::reportId).distinct()
                .flatMap(id -> FollowUpLine.of(readable.stream().filter(e -> e.reportId().equals(id)).toList(), today).stream())
                .filter(line -> !openOnly || line.open())
                .filter(line -> !overdueOnly || line.overdue())
                .toList();
        return paging.page(lines, FollowUpOrder.openedFirst(readable, today));
    }

    /**
     * The report as it stands or stood ({@code shown}), named: all of it to whoever reads the report in full now
     * ({@link TrailDisclosure#readsInFull}, decided on {@code now}: a past never shows more than the present), else its
     * public part ({@link PublicReport}).
     */
    private Object shown(Caller caller, ReportState now, ReportState shown) {
        return TrailDisclosure.readsInFull(caller, now) ? names.named(shown) : PublicReport.of(names.named(shown));
    }

    private ReportState knownReport(Caller caller, String reportId) {
        return store.report(reportId).filter(report -> TrailDisclosure.mayKnow(caller, report))
                .orElseThrow(() -> RuleViolation.notFound(reportId));
    }

    /** The trail's order (time, then report, then the report's own sequence), as a page key. */
    static String inTimeOrder(TrailEntry entry) {
        return instant(entry.occurredAt()) + " " + entry.reportId() + " " + Paging.numericKey(entry.sequenceNumber());
    }

    /** Reports by when they were scheduled, those without a date last. */
    private static String inScheduleOrder(ReportState report) {
        return (report.scheduledAt == null ? "~" : instant(report.scheduledAt)) + " " + report.reportId;
    }

    private static String instant(Instant at) {
        return Paging.numericKey(at.getEpochSecond()) + Paging.numericKey(at.getNano());
    }

    /** An institution's part of the trail. */
    record InstitutionTrail(String institutionCode, Instant asOf,
                            @ArraySchema(schema = @Schema(anyOf = {ReportState.class, PublicReport.class})) List<Object> reports,
                            List<FollowUpLine> followUps,
                            List<TrailEntry> judgementsAndFollowUp) {
    }

    /** One report: where it stands (or stood) and its history; the report's state, or its public part. */
    record ReportHistory(@Schema(anyOf = {ReportState.class, PublicReport.class}) Object report, List<TrailEntry> entries) {
    }
}
