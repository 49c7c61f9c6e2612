package nl.kwaliteitsnetwerk.ledger.validation.trail;

import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trail as one caller reads it: each entry disclosed first ({@link TrailDisclosure}), and only then
 * filtered, on what the caller is shown. So a filter on a field hidden from the caller (the actor of a
 * public step, say) can never select, and never tells who did what by what it leaves out.
 */
public final class DisclosedTrail {

    private final TrailStore store;

    public DisclosedTrail(TrailStore store) {
        this.store = store;
    }

    /** The entries matching {@code query} as {@code caller} reads them, in time order. */
    public List<TrailEntry> read(Caller caller, TrailQuery query) {
        // narrowed in the store by institution and report only: disclosure shows both on every entry it shows
        return disclose(caller, store.entries(query.institutionCode(), query.reportId())).stream()
                .filter(query::matches).toList();
    }

    /**
     * Each of {@code entries} as {@code caller} may read it, or not at all; an approval among them marked with what
     * became of it ({@link ApprovalsInTrail}).
     */
    public List<TrailEntry> disclose(Caller caller, List<TrailEntry> entries) {
        Map<String, ReportState> reports = reportsOf(entries);
        return ApprovalsInTrail.marked(entries.stream()
                .flatMap(entry -> TrailDisclosure.disclose(caller, entry, reports.get(entry.reportId())).stream())
                .toList(), reports);
    }

    /** The present state of each report of {@code entries}: what decides what a caller may read of them. */
    public Map<String, ReportState> reportsOf(List<TrailEntry> entries) {
        Map<String, ReportState> reports = new HashMap<>();
        entries.stream().map(TrailEntry::reportId).distinct()
                .forEach(id -> store.report(id).ifPresent(report -> reports.put(id, report)));
        return reports;
    }
}
