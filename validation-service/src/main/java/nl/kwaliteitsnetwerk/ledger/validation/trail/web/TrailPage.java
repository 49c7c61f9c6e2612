package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.validation.trail.FollowUpLine;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportIndicators;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailEntry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The trail as the pages read it: each read is the API's own handler ({@link TrailController}), so a page shows
 * a reader exactly what {@code /trail/**} shows them, decided by the one rule ({@code TrailDisclosure}). Public only
 * because the pages live in a package of their own and the handlers are package-private.
 */
@Component
public record TrailPage(TrailController api) {

    /** A report as the reader may see it ({@link ReportState} in full, else {@code PublicReport}) and its entries. */
    public record ReportTrail(Object report, boolean full, List<TrailEntry> entries) {
    }

    /** An institution's reports (each in full or its public part) and its follow-up, as the reader may see them. */
    public record InstitutionTrail(List<Object> reports, List<FollowUpLine> followUps) {
    }

    /** The report now or as it stood at {@code asOf}; 404 for a report the reader may not know. */
    public ReportTrail report(String reportId, Instant asOf, Caller caller) {
        TrailController.ReportHistory history = api.report(reportId, asOf, caller);
        return new ReportTrail(history.report(), history.report() instanceof ReportState, history.entries());
    }

    public InstitutionTrail institution(String code, Caller caller) {
        TrailController.InstitutionTrail trail = api.institution(code, null, caller);
        return new InstitutionTrail(trail.reports(), trail.followUps());
    }

    /** Every report the reader may know of, in the order they were scheduled. */
    public List<Object> reports(Caller caller) {
        return api.reports(null, caller, all("/ui")).items();
    }

    /** 403 for a reader who does not read the report in full, as the API answers. */
    public ReportIndicators indicators(String reportId, Caller caller) {
        return api.indicators(reportId, caller);
    }

    /** An institution's open follow-up actions and agenda items, overdue first. */
    public List<FollowUpLine> openFollowUps(String code, Caller caller) {
        return api.followUps(code, true, false, caller, all("/ui/institutions/" + code)).items();
    }

    private static Paging all(String path) {
        return new Paging(null, Integer.MAX_VALUE, path);
    }
}
