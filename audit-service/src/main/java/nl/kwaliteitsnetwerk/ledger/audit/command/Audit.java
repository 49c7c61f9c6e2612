package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess;
import nl.kwaliteitsnetwerk.ledger.audit.access.AuditStanding;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditChecks.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One audit of one institution, from scheduling to the end of its follow-up. The audit keeps its phase, its
 * team and the rules that span its parts; its findings, the comments on its concept report and its follow-up
 * actions are entities with their own handlers. Before any handler, {@link #admit} checks what every command
 * shares, in the order a reader would. Handlers of existing audits return the audit's new version.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class Audit {

    @AggregateIdentifier
    private String auditId;
    private AuditContext context;
    @AggregateMember
    private final AuditPhase phase = new AuditPhase();
    private TeamMember lead;
    private Set<String> teamUserIds = new HashSet<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Finding> findings = new LinkedHashMap<>();
    @AggregateMember
    private final Judgements judgements = new Judgements();
    @AggregateMember
    private final BusinessDates dates = new BusinessDates();
    @AggregateMember
    private final ReportVersions reportVersions = new ReportVersions();
    private AuditKind kind;
    private IssuedConcept concept;
    /** Whether the final report, as last finalised, states a term of follow-up supervision. */
    private boolean termStated;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, ConceptComment> comments = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, FollowUpAction> followUps = new HashMap<>();
    private Set<String> usedIds = new HashSet<>();

    protected Audit() {
        // for Axon
    }

    @CommandHandler
    public Audit(ScheduleAudit command, FrameworkCatalog frameworks, InstitutionRegister register, Clock clock) {
        require(frameworks.find(command.framework()).isPresent(), AuditRule.UNKNOWN_FRAMEWORK,
                "Framework " + command.framework() + " is not known.");
        boolean themed = command.kind() == AuditKind.THEME;
        require(themed == !isBlank(command.theme()), AuditRule.THEME_MATCHES_KIND,
                themed ? "A theme audit needs its theme." : "Only a theme audit has a theme.");
        require(command.plannedDate() != null, AuditRule.REQUIRED_TEXT, "An audit needs a planned date.");
        // the register's institution, under the register's name: an unknown code or a name not its own is refused
        InstitutionRef institution = register.require(command.institution());
        AuditScheduled scheduled = new AuditScheduled(command.auditId(), institution, command.kind(),
                themed ? command.theme().strip() : null, command.plannedDate(), command.framework(),
                command.actor(), clock.instant(), BusinessDates.dayOf(command.occurredOn(), clock));
        AuditContext.of(scheduled).append(scheduled);
    }

    /**
     * What every command on an existing audit passes first, before its handler (here or in a part) runs.
     * First of all: one who may not see this audit (by the rule the reads follow) learns nothing of it, not even
     * that it exists, so gets the very answer an unknown id gets. An audit whose report digests do not verify is
     * then neither changed nor served ({@link ReportVersions#requireIntact}). Only then is the version they last saw
     * compared with the audit's, which is why the commands do not leave that to Axon, who would compare it on
     * loading, before any rule. Then whether they may give this command on this audit at all, then whether its
     * phase allows it ({@link AuditPhases}), then whether the part it names exists and the change keeps the
     * rules that span the parts.
     */
    @CommandHandlerInterceptor
    Object admit(AuditCommand command, InterceptorChain chain) throws Exception {
        requireVisibleTo(command.actor());
        reportVersions.requireIntact();
        StaleVersion.require(command.expectedVersion(), getVersion());
        AuditPhases.Row row = AuditPhases.of(command.getClass());
        requireParty(row, command.actor());
        require(row.phases().contains(phase.status()), AuditRule.WRONG_PHASE,
                "Cannot " + row.what() + " while the audit is " + phase.status() + "; allowed when " + row.phases() + ".");
        requireThePartItNames(command);
        return chain.proceed();
    }

    @CommandHandler
    public long handle(AssignAuditTeam command, InstitutionRegister register, Clock clock) {
        List<TeamMember> everyone = new ArrayList<>(command.auditors());
        everyone.add(0, command.leadAuditor());
        require(everyone.stream().allMatch(m -> m != null && !isBlank(m.userId()) && !isBlank(m.name())),
                AuditRule.TEAM_WELL_FORMED, "Every team member needs a user id and a name.");
        require(everyone.stream().map(TeamMember::userId).distinct().count() == everyone.size(),
                AuditRule.TEAM_WELL_FORMED, "A person can be on the team only once.");
        // who each works for as the register has it, by code or else by name; a code the name contradicts is refused
        List<TeamMember> resolved = everyone.stream().map(member -> member.resolvedTo(
                register.resolve(member.affiliation(), member.affiliationInstitutionCode()).institutionCode())).toList();
        for (int i = 0; i < resolved.size(); i++) {
            require(!resolved.get(i).isAffiliatedWith(context.institutionCode()), AuditRule.AUDITOR_INDEPENDENT,
                    (i == 0 ? "The lead auditor" : "Auditor " + i + " of the team")
                            + " works for the audited institution and cannot audit it.");
        }
        return context.record(new AuditTeamAssigned(auditId, resolved.get(0), List.copyOf(resolved.subList(1, resolved.size())),
                command.actor(), clock.instant(), BusinessDates.dayOf(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(RecordIntake command, Clock clock) {
        requireText(command.expectations(), "The intake needs the expectations agreed with the board.");
        require(command.heldOn() != null, AuditRule.REQUIRED_TEXT, "The intake needs the date it was held.");
        dates.dayOfNextPhase(command.heldOn(), clock);
        return context.record(new IntakeRecorded(auditId, command.heldOn(), command.expectations(), command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public long handle(StartSiteVisit command, Clock clock) {
        return context.record(new SiteVisitStarted(auditId, command.actor(), clock.instant(),
                dates.dayOfNextPhase(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(RecordFinding command, FrameworkCatalog frameworks, Clock clock) {
        requireNewId(command.findingId());
        Finding.requireContent(context, frameworks, command.standardCode(), command.kind(), command.text(),
                command.evidence());
        return context.record(new FindingRecorded(auditId, command.findingId(), command.standardCode(), command.kind(),
                command.text(), List.copyOf(command.evidence()), command.actor(), clock.instant(),
                dates.dayOfNext(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(JudgeStandard command, FrameworkCatalog frameworks, Clock clock) {
        AssessmentFramework framework = context.framework(frameworks);
        requireStandard(framework, context.frameworkRef(), command.standardCode());
        require(framework.allowsStandardJudgement(command.value()), AuditRule.VALUE_ON_SCALE,
                "'" + command.value() + "' is not on the scale of " + context.frameworkRef() + ": "
                        + framework.standardScale());
        requireText(command.rationale(), "A judgement needs its rationale.");
        require(liveFindingsOn(command.standardCode()) > 0, AuditRule.JUDGEMENT_NEEDS_FINDING,
                "Standard " + command.standardCode() + " has no finding yet; a judgement rests on findings.");
        String revises = judgements.latestOn(command.standardCode());
        if (revises != null) {
            requireReason(command.revisionReason(), "Standard " + command.standardCode()
                    + " was judged before; a new judgement says why it revises the earlier one.");
        }
        return context.record(new StandardJudged(auditId, judgements.nextId(), command.standardCode(), command.value(),
                command.rationale(), context.frameworkRef(), revises, revises == null ? null : command.revisionReason(),
                command.actor(), clock.instant(), dates.dayOfNext(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(RecordOverallJudgement command, FrameworkCatalog frameworks, Clock clock) {
        AssessmentFramework framework = context.framework(frameworks);
        require(framework.allowsOverallJudgement(command.value()), AuditRule.VALUE_ON_SCALE,
                "'" + command.value() + "' is not a " + framework.overallJudgementName() + " of " + context.frameworkRef());
        requireText(command.rationale(), "The overall judgement needs its rationale.");
        requireAllStandardsJudged(framework, "the overall judgement");
        String revises = judgements.overall();
        if (revises != null) {
            requireReason(command.revisionReason(), "The overall judgement was recorded before; say why it is revised.");
        }
        return context.record(new OverallJudgementRecorded(auditId, judgements.nextId(), command.value(),
                command.rationale(), context.frameworkRef(), revises, revises == null ? null : command.revisionReason(),
                command.actor(), clock.instant(), dates.dayOfNext(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(GiveOralFeedback command, Clock clock) {
        requireText(command.summary(), "The oral feedback needs its summary.");
        return context.record(new OralFeedbackGiven(auditId, command.summary(), command.actor(), clock.instant(),
                dates.dayOfNextPhase(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(IssueConceptReport command, FrameworkCatalog frameworks, Clock clock) {
        requireText(command.reportText(), "The concept report needs its text.");
        requireAllStandardsJudged(context.framework(frameworks), "the concept report");
        require(judgements.overall() != null, AuditRule.OVERALL_JUDGEMENT_RECORDED,
                "The concept report needs the overall judgement.");
        LocalDate issuedOn = dates.dayOfNextPhase(command.occurredOn(), clock);
        require(command.commentDeadline() != null && deadlineLiesAfter(command.commentDeadline(), command.occurredOn(),
                        issuedOn, clock), AuditRule.DEADLINE_IN_FUTURE,
                command.occurredOn() == null ? "The comment deadline must lie in the future."
                        : "The comment deadline must lie after the day the concept report was issued, " + issuedOn + ".");
        int revision = concept == null ? 1 : concept.revision() + 1;
        Map<String, String> stated = judgements.valuesByStandard();
        String overall = judgements.overallValue();
        return context.record(new ConceptReportIssued(auditId, revision, command.reportText(),
                command.commentDeadline(), stated, overall,
                ReportDigest.ofConcept(auditId, revision, command.reportText(), stated, overall),
                command.actor(), clock.instant(), issuedOn));
    }

    @CommandHandler
    public long handle(ReopenAudit command, Clock clock) {
        requireReason(command.reason(), "Reopening says why.");
        return context.record(new AuditReopened(auditId, command.reason(), command.actor(), clock.instant(),
                dates.dayOfNextPhase(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(CommentOnConcept command, FrameworkCatalog frameworks, Clock clock) {
        LocalDate commentedOn = dates.dayOfNext(command.occurredOn(), clock);
        require(command.occurredOn() == null ? !clock.instant().isAfter(concept.commentDeadline())
                        : !commentedOn.isAfter(BusinessTime.dateOf(concept.commentDeadline())),
                AuditRule.COMMENT_PERIOD_OPEN, "The comment period ended at " + concept.commentDeadline() + ".");
        requireNewId(command.commentId());
        if (command.standardCode() != null) {
            requireStandard(context.framework(frameworks), context.frameworkRef(), command.standardCode());
        }
        requireText(command.text(), "A comment needs its text.");
        return context.record(new ConceptCommented(auditId, command.commentId(), concept.revision(), command.standardCode(),
                command.text(), command.actor(), clock.instant(), commentedOn));
    }

    @CommandHandler
    public long handle(FinaliseReport command, FrameworkCatalog frameworks, Clock clock) {
        reportVersions.requireFinalisationCitesTheConcept(command.approvedDigest());
        requireText(command.reportText(), "The final report needs its text.");
        long open = comments.values().stream().filter(ConceptComment::awaitsDisposition).count();
        require(open == 0, AuditRule.COMMENTS_ANSWERED, open + " comment(s) still await their disposition.");
        LocalDate finalisedOn = dates.dayOfNextPhase(command.occurredOn(), clock);
        require(command.occurredOn() == null ? clock.instant().isAfter(concept.commentDeadline())
                        : finalisedOn.isAfter(BusinessTime.dateOf(concept.commentDeadline())),
                AuditRule.COMMENT_PERIOD_OVER,
                "The institution and the Kwaliteitsraad may comment until " + concept.commentDeadline() + ".");
        Map<String, String> stated = judgements.valuesByStandard();
        List<String> improvementPoints = improvementPointIds();
        SupervisionTerm term = supervisionTerm(command.supervisionTermYears(), finalisedOn, frameworks);
        return context.record(new ReportFinalised(auditId, command.reportText(), context.frameworkRef(),
                stated, judgements.overallValue(), improvementPoints, command.approvedDigest(),
                ReportDigest.ofFinal(auditId, context.frameworkRef(), command.reportText(), stated,
                        judgements.overallValue(), improvementPoints, term),
                command.actor(), clock.instant(), finalisedOn, term));
    }

    @CommandHandler
    public long handle(IssueErratum command, Clock clock) {
        requireNewId(command.erratumId());
        requireText(command.correction(), "An erratum needs the correction.");
        requireReason(command.reason(), "An erratum says why.");
        String supersedes = reportVersions.current();
        return context.record(new ErratumIssued(auditId, command.erratumId(), command.correction(), command.reason(),
                supersedes, ReportDigest.ofErratum(auditId, supersedes, command.erratumId(), command.correction(),
                        command.reason()),
                command.actor(), clock.instant(), dates.dayOfNext(command.occurredOn(), clock)));
    }

    @CommandHandler
    public long handle(PublishSummary command, Clock clock) {
        requireText(command.summary(), "The public summary needs its text.");
        Map<String, LocalDate> dueDates = command.followUpDueDates() == null ? Map.of() : command.followUpDueDates();
        List<String> improvementPoints = improvementPointIds();
        require(dueDates.keySet().equals(Set.copyOf(improvementPoints)), AuditRule.FOLLOW_UP_PLAN_COMPLETE,
                "Give a due date for exactly the improvement points of the final report: " + improvementPoints);
        LocalDate publishedOn = dates.dayOfNextPhase(command.occurredOn(), clock);
        require(dueDates.values().stream().allMatch(d -> command.occurredOn() == null ? afterToday(d, clock)
                        : d != null && d.isAfter(publishedOn)), AuditRule.DUE_DATE_IN_FUTURE,
                command.occurredOn() == null ? "Every due date must lie after today."
                        : "Every due date must lie after the day the summary was published, " + publishedOn + ".");
        Instant now = clock.instant();
        context.append(new PublicSummaryPublished(auditId, command.summary(), command.actor(), now, publishedOn));
        for (String findingId : improvementPoints) {
            Finding point = findings.get(findingId);
            context.append(new FollowUpActionOpened(auditId, "fu-" + findingId, findingId, point.standardCode(),
                    point.text(), context.institutionCode(), dueDates.get(findingId), command.actor(), now,
                    publishedOn));
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(CorrectBusinessDate command, Clock clock) {
        requireReason(command.reason(), "A correction of a business date says why.");
        BusinessDates.Correction correction = dates.correct(command.step(), command.correctedDate(), clock);
        requireTheCommentPeriodKept(correction);
        return context.record(new BusinessDateCorrected(auditId, correction.step(), correction.sequence(),
                correction.previousDate(), correction.correctedDate(), command.reason(), command.actor(),
                clock.instant()));
    }

    /**
     * Carries a sufficient judgement of an earlier audit of this institution over, without a finding here: the
     * standard was not investigated again. The source is read through {@link SourceJudgements}, injected like the
     * catalogue, as an aggregate cannot load another.
     */
    @CommandHandler
    public long handle(CarryOverJudgement command, SourceJudgements sources, FrameworkCatalog frameworks, Clock clock) {
        AssessmentFramework framework = context.framework(frameworks);
        requireStandard(framework, context.frameworkRef(), command.standardCode());
        require(!judgements.isJudged(command.standardCode()), AuditRule.SOURCE_NOT_CARRIED_OVER, "Standard "
                + command.standardCode() + " is judged in this audit already; a judgement is carried over onto an "
                + "unjudged standard.");
        LocalDate carriedOn = dates.dayOfNext(command.occurredOn(), clock);
        CarryOver.Checked checked = CarryOver.check(command, context, sources, frameworks, carriedOn);
        require(framework.allowsStandardJudgement(checked.source().value()), AuditRule.VALUE_ON_SCALE,
                "'" + checked.source().value() + "' is not on the scale of " + context.frameworkRef() + ".");
        return context.record(new JudgementCarriedOver(auditId, judgements.nextId(), command.standardCode(),
                checked.source().value(), context.frameworkRef(), checked.source(), checked.translation(),
                command.actor(), clock.instant(), carriedOn));
    }

    // --- the rules, named ---

    /**
     * A corrected date keeps the comment period as the steps kept it when recorded: the concept report before its
     * deadline, the final report after it. And the day of a final report that states a supervision term is not
     * corrected: the term starts on that day and the report's digest holds it, so re-dating it alone would leave
     * the term where it was; an erratum, or a new term, is the way to change it.
     */
    private void requireTheCommentPeriodKept(BusinessDates.Correction correction) {
        LocalDate day = correction.correctedDate();
        if (correction.step() == AuditStatus.CONCEPT_ISSUED) {
            require(BusinessTime.dateOf(concept.commentDeadline()).isAfter(day), AuditRule.BUSINESS_DATE_IN_ORDER,
                    "The concept report cannot be dated " + day + ": its comment deadline, "
                            + concept.commentDeadline() + ", must lie after the day it was issued.");
        } else if (correction.step() == AuditStatus.FINALISED) {
            require(!termStated, AuditRule.TERM_KEEPS_FINALISATION_DATE, "The final report states a term of follow-up "
                    + "supervision from the day it was finalised; correcting that day would leave the term as it "
                    + "was. Issue an erratum, or set a new term, instead.");
            require(day.isAfter(BusinessTime.dateOf(concept.commentDeadline())), AuditRule.BUSINESS_DATE_IN_ORDER,
                    "The final report cannot be dated " + day + ": the institution and the Kwaliteitsraad could "
                            + "comment until " + concept.commentDeadline() + ".");
        }
    }

    /**
     * The follow-up supervision an investigation of the inspectorate sets, from the day its report was finalised:
     * the regular four years unless given, and never longer (a signal can only shorten it). A network audit sets
     * none.
     */
    /**
     * The term of follow-up supervision an investigation's final report sets: only after a sufficient outcome (the
     * seed: a four-year term after the recovery investigation found the board sufficient); an insufficient one is
     * followed by a recovery investigation, not a term.
     */
    private SupervisionTerm supervisionTerm(Integer years, LocalDate finalisedOn, FrameworkCatalog frameworks) {
        if (!kind.isInspectorateInvestigation()) {
            require(years == null, AuditRule.SUPERVISION_TERM,
                    "Only an investigation of the inspectorate sets a term of follow-up supervision; this is a " + kind
                            + " audit.");
            return null;
        }
        if (!overallJudgementIsSufficient(context.framework(frameworks))) {
            require(years == null, AuditRule.SUPERVISION_TERM, "An insufficient outcome sets no term of follow-up "
                    + "supervision: a recovery investigation follows it.");
            return null;
        }
        int term = years == null ? SupervisionTerm.REGULAR_YEARS : years;
        require(term >= 1 && term <= SupervisionTerm.REGULAR_YEARS, AuditRule.SUPERVISION_TERM,
                "The term of follow-up supervision is 1 to " + SupervisionTerm.REGULAR_YEARS + " years, not " + term + ".");
        return SupervisionTerm.of(term, finalisedOn);
    }

    private boolean overallJudgementIsSufficient(AssessmentFramework framework) {
        return framework.overallScale().stream()
                .anyMatch(value -> value.code().equals(judgements.overallValue()) && value.isSufficient());
    }

    /**
     * The comment deadline lies after now for live work; for a concept report entered after the fact (given its
     * own date), after the day it was issued, as it did then.
     */
    private static boolean deadlineLiesAfter(Instant deadline, LocalDate given, LocalDate issuedOn, Clock clock) {
        return given == null ? deadline.isAfter(clock.instant()) : BusinessTime.dateOf(deadline).isAfter(issuedOn);
    }

    private void requireVisibleTo(Actor actor) {
        AuditStanding standing = new AuditStanding(context.institutionCode(), teamUserIds, phase.status());
        if (!AuditAccess.of(Viewer.of(actor), standing).visible()) {
            throw RuleViolation.notFound(auditId);
        }
    }

    /** Whether the one acting is, for this audit, who its row in the phase table says gives the command. */
    private void requireParty(AuditPhases.Row row, Actor actor) {
        switch (row.party()) {
            case LEAD_AUDITOR -> require(lead != null && lead.userId().equals(actor.userId()), AuditRule.ONLY_LEAD_AUDITOR,
                    "Only the lead auditor of this audit may " + row.what() + ".");
            case AUDIT_TEAM -> require(teamUserIds.contains(actor.userId()), AuditRule.ONLY_AUDIT_TEAM,
                    "Only the audit team of this audit may " + row.what() + ".");
            case INSTITUTION_OR_COUNCIL -> require(actor.actsFor(context.institutionCode())
                            || actor.role() == Role.QUALITY_COUNCIL, AuditRule.ONLY_INSTITUTION_OR_COUNCIL,
                    "Only the audited institution and the Kwaliteitsraad comment on this concept report.");
            case AUDITED_INSTITUTION -> require(actor.actsFor(context.institutionCode()),
                    AuditRule.ONLY_AUDITED_INSTITUTION,
                    "Only the audited institution may " + row.what() + ".");
            case ADMINISTRATION -> {
                // the web edge admits only administrators
            }
        }
    }

    /** A command on a finding, comment or follow-up action names one of this audit, before Axon routes it there. */
    private void requireThePartItNames(AuditCommand command) {
        if (command instanceof FindingChange change) {
            requireJudgementsKeepTheirFindings(change);
        } else if (command instanceof DisposeComment dispose) {
            require(comments.containsKey(dispose.commentId()), AuditRule.UNKNOWN_COMMENT,
                    "No comment " + dispose.commentId() + " on this audit.");
        } else if (command instanceof FollowUpCommand followUp) {
            require(followUps.containsKey(followUp.followUpId()), AuditRule.UNKNOWN_FOLLOW_UP,
                    "No follow-up action " + followUp.followUpId() + " on this audit.");
        }
    }

    /**
     * A finding a command changes exists; and a judged standard keeps a live finding, so a change that takes the
     * last live one off it (retracting it, or moving it to another standard) is refused; a judgement carried over
     * rests on the earlier audit, not on findings here. The rule spans the findings and the judgements, so it is
     * the audit's, checked before the finding's own rules.
     */
    private void requireJudgementsKeepTheirFindings(FindingChange change) {
        Finding finding = findings.get(change.findingId());
        require(finding != null, AuditRule.UNKNOWN_FINDING, "No finding " + change.findingId() + " in this audit.");
        String standard = finding.standardCode();
        boolean staysOn = change instanceof CorrectFinding correct && standard.equals(correct.standardCode());
        if (finding.live() && !staysOn && judgements.restsOnFindings(standard)) {
            String what = change instanceof CorrectFinding correct
                    ? "moving it to " + correct.standardCode() : "retracting it";
            require(liveFindingsOn(standard) > 1, AuditRule.JUDGEMENT_STAYS_SUBSTANTIATED,
                    "Standard " + standard + " is judged on this finding alone; " + what
                            + " would leave the judgement without findings. Record another finding first.");
        }
    }

    private void requireNewId(String id) {
        require(!isBlank(id), AuditRule.REQUIRED_TEXT, "An id is required.");
        require(!usedIds.contains(id), AuditRule.UNIQUE_ID, "Id " + id + " is already used in this audit.");
    }

    private long liveFindingsOn(String standardCode) {
        return findings.values().stream().filter(f -> f.isLiveOn(standardCode)).count();
    }

    private void requireAllStandardsJudged(AssessmentFramework framework, String what) {
        List<String> unjudged = judgements.unjudgedOf(framework);
        require(unjudged.isEmpty(), AuditRule.ALL_STANDARDS_JUDGED,
                "Before " + what + " every standard is judged; not yet: " + unjudged + ".");
    }

    private List<String> improvementPointIds() {
        return findings.values().stream().filter(Finding::isLiveImprovementPoint).map(Finding::findingId).toList();
    }

    // --- state changes; the parts change their own ---

    @EventSourcingHandler
    void on(AuditScheduled event) {
        auditId = event.auditId();
        context = AuditContext.of(event);
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(AuditTeamAssigned event) {
        lead = event.leadAuditor();
        teamUserIds = new HashSet<>();
        teamUserIds.add(lead.userId());
        event.auditors().forEach(a -> teamUserIds.add(a.userId()));
    }

    @EventSourcingHandler
    void on(FindingRecorded event) {
        usedIds.add(event.findingId());
        findings.put(event.findingId(), new Finding(context, event));
    }

    @EventSourcingHandler
    void on(ConceptReportIssued event) {
        concept = new IssuedConcept(event.revision(), event.commentDeadline());
    }

    @EventSourcingHandler
    void on(ConceptCommented event) {
        usedIds.add(event.commentId());
        comments.put(event.commentId(), new ConceptComment(context, event));
    }

    @EventSourcingHandler
    void on(ReportFinalised event) {
        termStated = event.supervisionTerm() != null;
    }

    @EventSourcingHandler
    void on(ErratumIssued event) {
        usedIds.add(event.erratumId());
    }

    @EventSourcingHandler
    void on(FollowUpActionOpened event) {
        followUps.put(event.followUpId(), new FollowUpAction(context, event));
    }

    /** The concept report as last issued: comments are on this revision, until this deadline. */
    private record IssuedConcept(int revision, Instant commentDeadline) {
    }

    @Override
    public String toString() {
        return "Audit[" + auditId + ", " + phase.status() + "]";
    }
}
