package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where one report stands, as far as the trail has seen: its milestones, folded from its entries.
 * {@code lastSequence} is the last event of the report applied, so an event seen again changes nothing.
 * Each milestone has its recording instant ({@code …At}) and its business date ({@code …On}: the payload's
 * {@code occurredOn}, else the recording date; moved by an {@code audit.business-date-corrected}).
 * {@code institutionCodes} are every institution the report belongs to (a peer review: every team's), so each
 * of them reads it; {@code institutionCode} stays the one its events are published under.
 * {@code versions} are the versions of its content with their digests, the last one current.
 * {@code reactionsToDrafts} are a dialogue's reactions of the institution to its drafts and whether they were
 * answered ({@link DraftReactions}: counts and dates, never their text); null for the other kinds of report.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ReportState {

    private static final String VISIT = "visitStarted";
    private static final String CONCEPT = "conceptIssued";
    private static final String FINAL = "finalised";
    private static final String PUBLISHED = "published";
    /** The names a correction gives a milestone's step: the audit's phase it leads into, or the event's type. */
    private static final Map<String, String> MILESTONE_STEPS = Map.of(
            "sitevisit", VISIT, "sitevisitstarted", VISIT,
            "conceptissued", CONCEPT, "conceptreportissued", CONCEPT,
            "finalised", FINAL, "reportfinalised", FINAL,
            "published", PUBLISHED, "summarypublished", PUBLISHED);

    public String reportId;
    public ReportType reportType;
    public String institutionCode;
    public List<String> institutionCodes = new ArrayList<>();
    /** The register's names of {@code institutionCodes}, in their order: set where the report is shown, never stored. */
    public List<String> institutionNames;
    public String title;
    public String auditKind;
    public String theme;
    public FrameworkRef framework;
    public long lastSequence = -1;
    public long gaps;
    public Instant scheduledAt;
    public Instant visitStartedAt;
    public Instant conceptIssuedAt;
    public Instant finalisedAt;
    public Instant publishedAt;
    public Instant lastChangedAt;
    public LocalDate visitStartedOn;
    public LocalDate conceptIssuedOn;
    public LocalDate finalisedOn;
    public LocalDate publishedOn;
    /** The event that set each milestone's business date, so a correction naming that event moves it. */
    public Map<String, String> milestoneEvents = new LinkedHashMap<>();
    /** The report's sequence number of that event, for a correction naming the event by its number. */
    public Map<String, Long> milestoneSequences = new LinkedHashMap<>();
    public String reportDigest;
    public List<ReportVersion> versions = new ArrayList<>();
    public DraftReactions reactionsToDrafts;

    public boolean isFinal() {
        return finalisedAt != null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** The institutions the report belongs to; for a state stored before it knew several, the one it had. */
    public List<String> institutions() {
        if (institutionCodes != null && !institutionCodes.isEmpty()) {
            return institutionCodes;
        }
        return institutionCode == null ? List.of() : List.of(institutionCode);
    }

    /** The version of the content whose digest is {@code digest}, if the report had one. */
    public Optional<ReportVersion> version(String digest) {
        return versions == null ? Optional.empty()
                : versions.stream().filter(v -> v.digest().equals(digest)).reduce((first, later) -> later);
    }

    /** The state of a report folded from its entries (in any order): as it stands, or stood at the last of them. */
    public static ReportState fold(List<TrailEntry> entries) {
        ReportState state = new ReportState();
        entries.stream().sorted(Comparator.comparingLong(TrailEntry::sequenceNumber)).forEach(state::apply);
        return state;
    }

    /** Applies the report's event number {@code sequence}; false if it had it already. */
    public boolean apply(TrailEntry entry) {
        if (entry.sequenceNumber() <= lastSequence) {
            return false;
        }
        if (entry.sequenceNumber() > lastSequence + 1) {
            gaps++;
        }
        lastSequence = entry.sequenceNumber();
        lastChangedAt = entry.occurredAt();
        reportId = entry.reportId();
        reportType = entry.reportType();
        institutionCode = entry.institutionCode();
        TreeSet<String> institutions = new TreeSet<>(institutions());
        institutions.addAll(entry.institutionCodes());
        institutionCodes = new ArrayList<>(institutions);
        if (entry.framework() != null && framework == null) {
            framework = entry.framework();
        }
        milestone(entry);
        version(entry);
        if (reportType == ReportType.DIALOGUE) {
            reactionsToDrafts = (reactionsToDrafts == null ? DraftReactions.NONE : reactionsToDrafts).with(entry);
        }
        return true;
    }

    private void milestone(TrailEntry entry) {
        Instant at = entry.occurredAt();
        LocalDate on = entry.occurredOn();
        JsonNode payload = entry.payload();
        switch (entry.eventType()) {
            case "audit.scheduled" -> {
                scheduledAt = at;
                auditKind = payload.path("kind").asText();
                theme = payload.path("theme").isTextual() ? payload.path("theme").asText() : null;
                title = auditKind + (theme == null || theme.isEmpty() ? "" : ": " + theme);
            }
            case "dialogue.dialogue-opened" -> {
                scheduledAt = at;
                title = payload.path("question").asText();
            }
            case "peer-review.peer-review-started" -> {
                scheduledAt = at;
                title = payload.path("title").asText();
            }
            case "panel-review.panel-review-scheduled" -> {
                scheduledAt = at;
                title = "panel review";
            }
            case "audit.site-visit-started", "dialogue.session-held", "peer-review.peer-session-held",
                 "panel-review.panel-standard-judged" -> {
                if (visitStartedAt == null) {
                    visitStartedAt = at;
                    visitStartedOn = on;
                    setBy(VISIT, entry);
                }
            }
            case "audit.concept-report-issued", "dialogue.dialogue-report-drafted" -> {
                if (conceptIssuedAt == null) {
                    conceptIssuedAt = at;
                    conceptIssuedOn = on;
                    setBy(CONCEPT, entry);
                }
            }
            case "audit.report-finalised", "dialogue.dialogue-report-finalised", "peer-review.peer-review-completed",
                 "panel-review.panel-report-issued" -> {
                finalisedAt = at;
                finalisedOn = on;
                setBy(FINAL, entry);
            }
            case "audit.summary-published", "dialogue.dialogue-report-published", "panel-review.panel-report-published" -> {
                publishedAt = at;
                publishedOn = on;
                setBy(PUBLISHED, entry);
            }
            case "audit.business-date-corrected" -> corrected(payload);
            default -> {
                // not a milestone
            }
        }
    }

    private void setBy(String milestone, TrailEntry entry) {
        milestoneEvents.put(milestone, entry.eventId());
        milestoneSequences.put(milestone, entry.sequenceNumber());
    }

    /**
     * A correction of a business date moves the milestone it names: by the event that set it ({@code correctedEventId},
     * or its number {@code correctedSequence}), else by the step's name ({@code step}: the audit's phase, e.g.
     * "SITE_VISIT", or the event's type, e.g. "report-finalised"). A correction of a date that is no milestone of the
     * trail (the intake, say) changes none.
     */
    private void corrected(JsonNode payload) {
        LocalDate date = BusinessDates.date(payload, "correctedDate");
        if (date == null) {
            return;
        }
        String eventId = payload.path("correctedEventId").asText(null);
        Long sequence = payload.path("correctedSequence").canConvertToLong() ? payload.path("correctedSequence").asLong() : null;
        String milestone = milestoneEvents.keySet().stream()
                .filter(m -> milestoneEvents.get(m).equals(eventId)
                        || (sequence != null && sequence.equals(milestoneSequences.get(m))))
                .findFirst().orElseGet(() -> MILESTONE_STEPS.get(stepName(payload.path("step").asText(""))));
        if (milestone == null) {
            return;
        }
        switch (milestone) {
            case VISIT -> visitStartedOn = date;
            case CONCEPT -> conceptIssuedOn = date;
            case FINAL -> finalisedOn = date;
            default -> publishedOn = date;
        }
    }

    /** A step's name in one form: lower case letters only, without the producer's prefix. */
    private static String stepName(String step) {
        return step.toLowerCase(Locale.ROOT).replaceFirst("^audit\\.", "").replaceAll("[^a-z]", "");
    }

    /** A payload that states a content digest other than the current one makes a new version of the report. */
    private void version(TrailEntry entry) {
        JsonNode digest = entry.payload().path("reportDigest");
        if (!digest.isTextual() || digest.asText().equals(reportDigest)) {
            return;
        }
        if (versions == null) {
            versions = new ArrayList<>();
        }
        JsonNode supersedes = entry.payload().path("supersedesDigest");
        versions.add(new ReportVersion(versions.size() + 1, digest.asText(), supersedes.isTextual() ? supersedes.asText() : null,
                entry.eventType(), entry.eventId(), entry.sequenceNumber(), entry.occurredAt(), entry.occurredOn()));
        reportDigest = digest.asText();
    }
}
