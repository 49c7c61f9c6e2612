package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess;
import nl.kwaliteitsnetwerk.ledger.audit.access.AuditStanding;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One audit of one institution, from scheduling to the end of its follow-up. Every command handler
 * checks the rules in the order a reader would, then records what happened as an event. Handlers of
 * existing audits return the audit's new version.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class Audit {

    private static final Set<AuditStatus> FINDING_PHASES = EnumSet.of(SITE_VISIT, REOPENED);
    private static final Set<AuditStatus> JUDGING_PHASES = EnumSet.of(SITE_VISIT, VISIT_CLOSED, REOPENED);
    private static final Set<AuditStatus> FINAL_PHASES = EnumSet.of(FINALISED, PUBLISHED);

    @AggregateIdentifier
    private String auditId;
    private InstitutionRef institution;
    private FrameworkRef frameworkRef;
    private AuditStatus status;
    private TeamMember lead;
    private Set<String> teamUserIds = new HashSet<>();
    private Map<String, Finding> findings = new LinkedHashMap<>();
    private Map<String, String> judgementIdByStandard = new HashMap<>();
    private Map<String, String> judgementValueByStandard = new LinkedHashMap<>();
    private int judgementsRecorded;
    private String overallJudgementId;
    private String overallJudgementValue;
    private int conceptRevision;
    private Instant commentDeadline;
    private Map<String, Boolean> commentDisposed = new LinkedHashMap<>();
    private Set<String> usedIds = new HashSet<>();
    private Map<String, FollowUpStatus> followUps = new HashMap<>();

    protected Audit() {
        // for Axon
    }

    @CommandHandler
    public Audit(ScheduleAudit command, FrameworkCatalog frameworks, Clock clock) {
        require(frameworks.find(command.framework()).isPresent(), AuditRule.UNKNOWN_FRAMEWORK,
                "Framework " + command.framework() + " is not known.");
        boolean themed = command.kind() == AuditKind.THEME;
        require(themed == !isBlank(command.theme()), AuditRule.THEME_MATCHES_KIND,
                themed ? "A theme audit needs its theme." : "Only a theme audit has a theme.");
        require(command.plannedDate() != null, AuditRule.REQUIRED_TEXT, "An audit needs a planned date.");
        record(new AuditScheduled(command.auditId(), command.institution(), command.kind(),
                themed ? command.theme().strip() : null, command.plannedDate(), command.framework(),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(AssignAuditTeam command, Clock clock) {
        admit(command);
        requirePhase(EnumSet.of(SCHEDULED, TEAM_ASSIGNED), "assign the audit team");
        List<TeamMember> everyone = new ArrayList<>(command.auditors());
        everyone.add(0, command.leadAuditor());
        require(everyone.stream().allMatch(m -> m != null && !isBlank(m.userId()) && !isBlank(m.name())),
                AuditRule.TEAM_WELL_FORMED, "Every team member needs a user id and a name.");
        require(everyone.stream().map(TeamMember::userId).distinct().count() == everyone.size(),
                AuditRule.TEAM_WELL_FORMED, "A person can be on the team only once.");
        for (int i = 0; i < everyone.size(); i++) {
            require(!everyone.get(i).isAffiliatedWith(institution.code()), AuditRule.AUDITOR_INDEPENDENT,
                    (i == 0 ? "The lead auditor" : "Auditor " + i + " of the team")
                            + " works for the audited institution and cannot audit it.");
        }
        record(new AuditTeamAssigned(auditId, command.leadAuditor(), List.copyOf(command.auditors()),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordIntake command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "record the intake");
        requirePhase(EnumSet.of(TEAM_ASSIGNED), "record the intake");
        requireText(command.expectations(), "The intake needs the expectations agreed with the board.");
        require(command.heldOn() != null, AuditRule.REQUIRED_TEXT, "The intake needs the date it was held.");
        record(new IntakeRecorded(auditId, command.heldOn(), command.expectations(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(StartSiteVisit command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "start the site visit");
        requirePhase(EnumSet.of(INTAKE_HELD), "start the site visit");
        record(new SiteVisitStarted(auditId, command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordFinding command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requireTeam(command.actor(), "record findings");
        requirePhase(FINDING_PHASES, "record a finding");
        requireNewId(command.findingId());
        requireFindingContent(frameworks, command.standardCode(), command.kind(), command.text(), command.evidence());
        record(new FindingRecorded(auditId, command.findingId(), command.standardCode(), command.kind(),
                command.text(), List.copyOf(command.evidence()), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(CorrectFinding command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requireTeam(command.actor(), "correct findings");
        requirePhase(FINDING_PHASES, "correct a finding");
        Finding finding = liveFinding(command.findingId());
        requireReason(command.reason(), "A correction says why.");
        requireFindingContent(frameworks, command.standardCode(), command.kind(), command.text(), command.evidence());
        if (!finding.standardCode().equals(command.standardCode())) {
            requireJudgementKeepsAFinding(finding, "moving it to " + command.standardCode());
        }
        record(new FindingCorrected(auditId, command.findingId(), finding.revision() + 1, command.standardCode(),
                command.kind(), command.text(), List.copyOf(command.evidence()), command.reason(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RetractFinding command, Clock clock) {
        admit(command);
        requireTeam(command.actor(), "retract findings");
        requirePhase(FINDING_PHASES, "retract a finding");
        Finding finding = liveFinding(command.findingId());
        requireReason(command.reason(), "A retraction says why.");
        requireJudgementKeepsAFinding(finding, "retracting it");
        record(new FindingRetracted(auditId, command.findingId(), command.reason(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(JudgeStandard command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requireTeam(command.actor(), "judge standards");
        requirePhase(JUDGING_PHASES, "judge a standard");
        AssessmentFramework framework = framework(frameworks);
        requireStandard(framework, command.standardCode());
        require(framework.allowsStandardJudgement(command.value()), AuditRule.VALUE_ON_SCALE,
                "'" + command.value() + "' is not on the scale of " + frameworkRef + ": " + framework.standardScale());
        requireText(command.rationale(), "A judgement needs its rationale.");
        require(liveFindingsOn(command.standardCode()) > 0, AuditRule.JUDGEMENT_NEEDS_FINDING,
                "Standard " + command.standardCode() + " has no finding yet; a judgement rests on findings.");
        String revises = judgementIdByStandard.get(command.standardCode());
        if (revises != null) {
            requireReason(command.revisionReason(), "Standard " + command.standardCode()
                    + " was judged before; a new judgement says why it revises the earlier one.");
        }
        record(new StandardJudged(auditId, nextJudgementId(), command.standardCode(), command.value(),
                command.rationale(), frameworkRef, revises, revises == null ? null : command.revisionReason(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordOverallJudgement command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requireTeam(command.actor(), "record the overall judgement");
        requirePhase(JUDGING_PHASES, "record the overall judgement");
        AssessmentFramework framework = framework(frameworks);
        require(framework.allowsOverallJudgement(command.value()), AuditRule.VALUE_ON_SCALE,
                "'" + command.value() + "' is not a " + framework.overallJudgementName() + " of " + frameworkRef);
        requireText(command.rationale(), "The overall judgement needs its rationale.");
        requireAllStandardsJudged(framework, "the overall judgement");
        if (overallJudgementId != null) {
            requireReason(command.revisionReason(), "The overall judgement was recorded before; say why it is revised.");
        }
        record(new OverallJudgementRecorded(auditId, nextJudgementId(), command.value(), command.rationale(),
                frameworkRef, overallJudgementId, overallJudgementId == null ? null : command.revisionReason(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(GiveOralFeedback command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "give the oral feedback");
        requirePhase(EnumSet.of(SITE_VISIT), "give the oral feedback");
        requireText(command.summary(), "The oral feedback needs its summary.");
        record(new OralFeedbackGiven(auditId, command.summary(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(IssueConceptReport command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requireLead(command.actor(), "issue the concept report");
        requirePhase(EnumSet.of(VISIT_CLOSED, REOPENED), "issue the concept report");
        requireText(command.reportText(), "The concept report needs its text.");
        requireAllStandardsJudged(framework(frameworks), "the concept report");
        require(overallJudgementId != null, AuditRule.OVERALL_JUDGEMENT_RECORDED,
                "The concept report needs the overall judgement.");
        require(command.commentDeadline() != null && command.commentDeadline().isAfter(clock.instant()),
                AuditRule.DEADLINE_IN_FUTURE, "The comment deadline must lie in the future.");
        record(new ConceptReportIssued(auditId, conceptRevision + 1, command.reportText(), command.commentDeadline(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReopenAudit command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "reopen the audit");
        requirePhase(EnumSet.of(CONCEPT_ISSUED), "reopen the audit");
        requireReason(command.reason(), "Reopening says why.");
        record(new AuditReopened(auditId, command.reason(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(CommentOnConcept command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        Actor actor = command.actor();
        require(actor.actsFor(institution.code()) || actor.role() == Role.QUALITY_COUNCIL,
                AuditRule.ONLY_INSTITUTION_OR_COUNCIL,
                "Only the audited institution and the Kwaliteitsraad comment on this concept report.");
        requirePhase(EnumSet.of(CONCEPT_ISSUED), "comment on the concept report");
        require(!clock.instant().isAfter(commentDeadline), AuditRule.COMMENT_PERIOD_OPEN,
                "The comment period ended at " + commentDeadline + ".");
        requireNewId(command.commentId());
        if (command.standardCode() != null) {
            requireStandard(framework(frameworks), command.standardCode());
        }
        requireText(command.text(), "A comment needs its text.");
        record(new ConceptCommented(auditId, command.commentId(), conceptRevision, command.standardCode(),
                command.text(), actor, clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(DisposeComment command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "dispose of comments");
        requirePhase(EnumSet.of(CONCEPT_ISSUED, REOPENED), "dispose of a comment");
        Boolean disposed = commentDisposed.get(command.commentId());
        require(disposed != null, AuditRule.UNKNOWN_COMMENT, "No comment " + command.commentId() + " on this audit.");
        require(!disposed, AuditRule.COMMENT_DISPOSED_ONCE, "Comment " + command.commentId() + " was disposed of already.");
        require(command.disposition() != null, AuditRule.REQUIRED_TEXT, "Say whether the comment is accepted.");
        requireReason(command.explanation(), command.disposition() == CommentDisposition.NOT_ACCEPTED
                ? "A comment not accepted needs the reason." : "A comment accepted needs the change it led to.");
        record(new CommentDisposed(auditId, command.commentId(), command.disposition(), command.explanation(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(FinaliseReport command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "finalise the report");
        requirePhase(EnumSet.of(CONCEPT_ISSUED), "finalise the report");
        requireText(command.reportText(), "The final report needs its text.");
        long open = commentDisposed.values().stream().filter(disposed -> !disposed).count();
        require(open == 0, AuditRule.COMMENTS_ANSWERED, open + " comment(s) still await their disposition.");
        require(clock.instant().isAfter(commentDeadline), AuditRule.COMMENT_PERIOD_OVER,
                "The institution and the Kwaliteitsraad may comment until " + commentDeadline + ".");
        record(new ReportFinalised(auditId, command.reportText(), frameworkRef,
                Map.copyOf(judgementValueByStandard), overallJudgementValue, improvementPointIds(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(IssueErratum command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "issue an erratum");
        requirePhase(FINAL_PHASES, "issue an erratum to the final report");
        requireNewId(command.erratumId());
        requireText(command.correction(), "An erratum needs the correction.");
        requireReason(command.reason(), "An erratum says why.");
        record(new ErratumIssued(auditId, command.erratumId(), command.correction(), command.reason(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(PublishSummary command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "publish the summary");
        requirePhase(EnumSet.of(FINALISED), "publish the summary");
        requireText(command.summary(), "The public summary needs its text.");
        Map<String, LocalDate> dueDates = command.followUpDueDates() == null ? Map.of() : command.followUpDueDates();
        List<String> improvementPoints = improvementPointIds();
        require(dueDates.keySet().equals(Set.copyOf(improvementPoints)), AuditRule.FOLLOW_UP_PLAN_COMPLETE,
                "Give a due date for exactly the improvement points of the final report: " + improvementPoints);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        require(dueDates.values().stream().allMatch(d -> d != null && d.isAfter(today)), AuditRule.DUE_DATE_IN_FUTURE,
                "Every due date must lie after today.");
        Instant now = clock.instant();
        record(new PublicSummaryPublished(auditId, command.summary(), command.actor(), now));
        for (String findingId : improvementPoints) {
            Finding point = findings.get(findingId);
            record(new FollowUpActionOpened(auditId, "fu-" + findingId, findingId, point.standardCode(), point.text(),
                    institution.code(), dueDates.get(findingId), command.actor(), now));
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(ReportFollowUpDone command, Clock clock) {
        admit(command);
        require(command.actor().actsFor(institution.code()), AuditRule.ONLY_AUDITED_INSTITUTION,
                "Only the audited institution reports its follow-up actions done.");
        requireFollowUp(command.followUpId(), FollowUpStatus.OPEN, "reported done");
        requireText(command.evidence(), "Reporting an action done needs the evidence.");
        record(new FollowUpReportedDone(auditId, command.followUpId(), command.evidence(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(AcceptFollowUp command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "accept follow-up actions");
        requireFollowUp(command.followUpId(), FollowUpStatus.REPORTED_DONE, "accepted");
        record(new FollowUpAccepted(auditId, command.followUpId(), command.note(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReopenFollowUp command, Clock clock) {
        admit(command);
        requireLead(command.actor(), "reopen follow-up actions");
        requireFollowUp(command.followUpId(), FollowUpStatus.REPORTED_DONE, "reopened");
        requireReason(command.reason(), "Reopening a follow-up action says why.");
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        require(command.newDueDate() != null && command.newDueDate().isAfter(today), AuditRule.DUE_DATE_IN_FUTURE,
                "A reopened action needs a new due date after today.");
        record(new FollowUpReopened(auditId, command.followUpId(), command.reason(), command.newDueDate(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    /** Every event carries the audited institution in its metadata, for the feeds that are keyed by it. */
    private void record(AuditEvent event) {
        String institutionCode = event instanceof AuditScheduled scheduled ? scheduled.institution().code() : institution.code();
        apply(event, MetaData.with(IntegrationEvent.INSTITUTION_METADATA, institutionCode));
    }

    // --- the rules, named ---

    /**
     * First of all: one who may not see this audit (by the rule the reads follow) learns nothing of it,
     * not even that it exists, so gets the very answer an unknown id gets. Only then is the version they
     * last saw compared with the audit's, which is why the commands do not leave that to Axon, who
     * would compare it on loading, before any rule.
     */
    private void admit(AuditCommand command) {
        AuditStanding standing = new AuditStanding(institution.code(), teamUserIds, status);
        if (!AuditAccess.of(Viewer.of(command.actor()), standing).visible()) {
            throw RuleViolation.notFound(auditId);
        }
        StaleVersion.require(command.expectedVersion(), getVersion());
    }

    private void requirePhase(Set<AuditStatus> allowed, String what) {
        require(allowed.contains(status), AuditRule.WRONG_PHASE,
                "Cannot " + what + " while the audit is " + status + "; allowed when " + allowed + ".");
    }

    private void requireLead(Actor actor, String what) {
        require(lead != null && lead.userId().equals(actor.userId()), AuditRule.ONLY_LEAD_AUDITOR,
                "Only the lead auditor of this audit may " + what + ".");
    }

    private void requireTeam(Actor actor, String what) {
        require(teamUserIds.contains(actor.userId()), AuditRule.ONLY_AUDIT_TEAM,
                "Only the audit team of this audit may " + what + ".");
    }

    private void requireNewId(String id) {
        require(!isBlank(id), AuditRule.REQUIRED_TEXT, "An id is required.");
        require(!usedIds.contains(id), AuditRule.UNIQUE_ID, "Id " + id + " is already used in this audit.");
    }

    private void requireStandard(AssessmentFramework framework, String standardCode) {
        require(framework.hasStandard(standardCode), AuditRule.STANDARD_IN_FRAMEWORK,
                "Standard '" + standardCode + "' is not in " + frameworkRef + "; it has " + framework.standardCodes() + ".");
    }

    private void requireFindingContent(FrameworkCatalog frameworks, String standardCode, FindingKind kind,
                                       String text, List<EvidenceReference> evidence) {
        requireStandard(framework(frameworks), standardCode);
        require(kind != null, AuditRule.REQUIRED_TEXT, "A finding needs its kind.");
        requireText(text, "A finding needs its text.");
        require(evidence != null && !evidence.isEmpty()
                        && evidence.stream().allMatch(e -> e != null && e.kind() != null && !isBlank(e.reference())),
                AuditRule.EVIDENCE_REQUIRED, "A finding names the documents seen or interviews held it rests on.");
    }

    private Finding liveFinding(String findingId) {
        Finding finding = findings.get(findingId);
        require(finding != null, AuditRule.UNKNOWN_FINDING, "No finding " + findingId + " in this audit.");
        require(!finding.retracted(), AuditRule.FINDING_RETRACTED, "Finding " + findingId + " was retracted.");
        return finding;
    }

    private void requireJudgementKeepsAFinding(Finding finding, String change) {
        boolean judged = judgementIdByStandard.containsKey(finding.standardCode());
        require(!judged || liveFindingsOn(finding.standardCode()) > 1, AuditRule.JUDGEMENT_STAYS_SUBSTANTIATED,
                "Standard " + finding.standardCode() + " is judged on this finding alone; " + change
                        + " would leave the judgement without findings. Record another finding first.");
    }

    private long liveFindingsOn(String standardCode) {
        return findings.values().stream().filter(f -> !f.retracted() && f.standardCode().equals(standardCode)).count();
    }

    private void requireAllStandardsJudged(AssessmentFramework framework, String what) {
        List<String> unjudged = framework.standardCodes().stream()
                .filter(code -> !judgementIdByStandard.containsKey(code))
                .toList();
        require(unjudged.isEmpty(), AuditRule.ALL_STANDARDS_JUDGED,
                "Before " + what + " every standard is judged; not yet: " + unjudged + ".");
    }

    private void requireReason(String reason, String message) {
        require(!isBlank(reason), AuditRule.REASON_REQUIRED, message);
    }

    private static void requireText(String text, String message) {
        require(!isBlank(text), AuditRule.REQUIRED_TEXT, message);
    }

    private void requireFollowUp(String followUpId, FollowUpStatus expected, String what) {
        FollowUpStatus current = followUps.get(followUpId);
        require(current != null, AuditRule.UNKNOWN_FOLLOW_UP, "No follow-up action " + followUpId + " on this audit.");
        require(current == expected, AuditRule.FOLLOW_UP_STATE,
                "Follow-up action " + followUpId + " is " + current + "; only one that is " + expected + " can be " + what + ".");
    }

    private AssessmentFramework framework(FrameworkCatalog frameworks) {
        return frameworks.find(frameworkRef).orElseThrow(() ->
                new IllegalStateException("framework " + frameworkRef + " of audit " + auditId + " is no longer known"));
    }

    private List<String> improvementPointIds() {
        return findings.values().stream()
                .filter(f -> !f.retracted() && f.kind() == FindingKind.IMPROVEMENT_POINT)
                .map(Finding::findingId)
                .toList();
    }

    private String nextJudgementId() {
        return "judgement-" + (judgementsRecorded + 1);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    // --- state changes ---

    @EventSourcingHandler
    void on(AuditScheduled event) {
        auditId = event.auditId();
        institution = event.institution();
        frameworkRef = event.framework();
        status = SCHEDULED;
    }

    @EventSourcingHandler
    void on(AuditTeamAssigned event) {
        lead = event.leadAuditor();
        teamUserIds = new HashSet<>();
        teamUserIds.add(lead.userId());
        event.auditors().forEach(a -> teamUserIds.add(a.userId()));
        status = TEAM_ASSIGNED;
    }

    @EventSourcingHandler
    void on(IntakeRecorded event) {
        status = INTAKE_HELD;
    }

    @EventSourcingHandler
    void on(SiteVisitStarted event) {
        status = SITE_VISIT;
    }

    @EventSourcingHandler
    void on(FindingRecorded event) {
        usedIds.add(event.findingId());
        findings.put(event.findingId(), new Finding(event.findingId(), event.standardCode(), event.kind(),
                event.text(), 0, false));
    }

    @EventSourcingHandler
    void on(FindingCorrected event) {
        findings.put(event.findingId(), new Finding(event.findingId(), event.standardCode(), event.kind(),
                event.text(), event.revision(), false));
    }

    @EventSourcingHandler
    void on(FindingRetracted event) {
        findings.computeIfPresent(event.findingId(), (id, f) -> f.retract());
    }

    @EventSourcingHandler
    void on(StandardJudged event) {
        judgementsRecorded++;
        judgementIdByStandard.put(event.standardCode(), event.judgementId());
        judgementValueByStandard.put(event.standardCode(), event.value());
    }

    @EventSourcingHandler
    void on(OverallJudgementRecorded event) {
        judgementsRecorded++;
        overallJudgementId = event.judgementId();
        overallJudgementValue = event.value();
    }

    @EventSourcingHandler
    void on(OralFeedbackGiven event) {
        status = VISIT_CLOSED;
    }

    @EventSourcingHandler
    void on(ConceptReportIssued event) {
        conceptRevision = event.revision();
        commentDeadline = event.commentDeadline();
        status = CONCEPT_ISSUED;
    }

    @EventSourcingHandler
    void on(AuditReopened event) {
        status = REOPENED;
    }

    @EventSourcingHandler
    void on(ConceptCommented event) {
        usedIds.add(event.commentId());
        commentDisposed.put(event.commentId(), false);
    }

    @EventSourcingHandler
    void on(CommentDisposed event) {
        commentDisposed.put(event.commentId(), true);
    }

    @EventSourcingHandler
    void on(ReportFinalised event) {
        status = FINALISED;
    }

    @EventSourcingHandler
    void on(ErratumIssued event) {
        usedIds.add(event.erratumId());
    }

    @EventSourcingHandler
    void on(PublicSummaryPublished event) {
        status = PUBLISHED;
    }

    @EventSourcingHandler
    void on(FollowUpActionOpened event) {
        followUps.put(event.followUpId(), FollowUpStatus.OPEN);
    }

    @EventSourcingHandler
    void on(FollowUpReportedDone event) {
        followUps.put(event.followUpId(), FollowUpStatus.REPORTED_DONE);
    }

    @EventSourcingHandler
    void on(FollowUpAccepted event) {
        followUps.put(event.followUpId(), FollowUpStatus.ACCEPTED);
    }

    @EventSourcingHandler
    void on(FollowUpReopened event) {
        followUps.put(event.followUpId(), FollowUpStatus.OPEN);
    }

    private record Finding(String findingId, String standardCode, FindingKind kind, String text, int revision,
                           boolean retracted) {
        Finding retract() {
            return new Finding(findingId, standardCode, kind, text, revision, true);
        }
    }

    private enum FollowUpStatus { OPEN, REPORTED_DONE, ACCEPTED }

    @Override
    public String toString() {
        return "Audit[" + auditId + ", " + status + "]";
    }
}
