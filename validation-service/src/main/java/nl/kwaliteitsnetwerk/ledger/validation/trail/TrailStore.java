package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.conversions.Bson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The trail: one document per integration event (keyed by event id) and one per report (keyed by
 * report id). Recording is idempotent: the report's state applies an event only once (by sequence
 * number) and the entry is keyed by event id, so an event delivered again changes nothing, and a
 * crash between the two writes is repaired by the redelivery.
 */
public class TrailStore {

    public static final String ENTRIES = "trail_entries";
    public static final String REPORTS = "trail_reports";
    private static final Comparator<TrailEntry> IN_TIME_ORDER = Comparator.comparing(TrailEntry::occurredAt)
            .thenComparing(TrailEntry::reportId).thenComparingLong(TrailEntry::sequenceNumber);

    private final DocumentViews<TrailEntry> entries;
    private final DocumentViews<ReportState> reports;
    private final ObjectMapper mapper;

    public TrailStore(MongoDatabase database, ObjectMapper mapper) {
        this.mapper = mapper;
        this.entries = new DocumentViews<>(database.getCollection(ENTRIES), mapper, TrailEntry.class, TrailEntry::eventId);
        this.reports = new DocumentViews<>(database.getCollection(REPORTS), mapper, ReportState.class, r -> r.reportId);
    }

    public enum Outcome { RECORDED, DUPLICATE, NOT_A_REPORT }

    public Outcome record(IntegrationEvent event) {
        boolean seen = entries.find(event.eventId()).isPresent();
        ReportState report = reports.find(event.aggregateId()).map(this::withReactions).orElseGet(ReportState::new);
        Optional<TrailEntry> entry = TrailClassifier.classify(event, report.framework, report.institutions());
        if (entry.isEmpty()) {
            return Outcome.NOT_A_REPORT;
        }
        if (report.apply(entry.get())) {
            reports.save(report);
        }
        if (seen) {
            return Outcome.DUPLICATE;
        }
        entries.save(entry.get());
        return Outcome.RECORDED;
    }

    public Optional<ReportState> report(String reportId) {
        return reports.find(reportId).map(this::withReactions);
    }

    public List<ReportState> reports(String institutionCode) {
        List<Bson> filters = institutionCode == null ? List.of() : List.of(ofInstitution(institutionCode));
        return reports.findAll(filters).stream().map(this::withReactions).sorted(Comparator.comparing(r -> r.scheduledAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /**
     * Every entry of an institution and/or a report (null: any), in time order, whoever may read them: what a
     * caller reads of them is {@link DisclosedTrail}'s to decide, and every other filter comes after that.
     */
    public List<TrailEntry> entries(String institutionCode, String reportId) {
        List<Bson> filters = new ArrayList<>();
        if (institutionCode != null) {
            filters.add(ofInstitution(institutionCode));
        }
        add(filters, "reportId", reportId);
        return entries.findAll(filters).stream().sorted(IN_TIME_ORDER).toList();
    }

    /**
     * A digest of everything in the trail, independent of the order it was written in: two trails
     * with the same fingerprint hold the same entries and the same report states.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (TrailEntry entry : entries.findAll(List.of()).stream().sorted(Comparator.comparing(TrailEntry::eventId)).toList()) {
                digest.update(mapper.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8));
            }
            for (ReportState report : reports.findAll(List.of()).stream().map(this::withReactions)
                    .sorted(Comparator.comparing(r -> r.reportId)).toList()) {
                digest.update(mapper.writeValueAsString(report).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the trail", e);
        }
    }

    public long size() {
        return entries.findAll(List.of()).size();
    }

    /**
     * {@code report} with its reactions to drafts: a dialogue's state stored before the trail counted them has none,
     * and is given them from its entries (which the trail keeps), so no reaction is lost to the next fold.
     */
    private ReportState withReactions(ReportState report) {
        if (report.reportType == ReportType.DIALOGUE && report.reactionsToDrafts == null) {
            report.reactionsToDrafts = DraftReactions.of(entries(null, report.reportId));
        }
        return report;
    }

    /** Of an institution: published under it, or belonging to it among others (a peer review's other teams'). */
    private static Bson ofInstitution(String institutionCode) {
        return Filters.or(Filters.eq("institutionCode", institutionCode), Filters.eq("institutionCodes", institutionCode));
    }

    private static void add(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }
}
