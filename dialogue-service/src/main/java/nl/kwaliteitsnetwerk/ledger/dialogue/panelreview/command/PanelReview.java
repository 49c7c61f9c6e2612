package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Admission;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.*;
import static nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewStatus.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One panel review: an external panel of experts and regional stakeholders judges an institution's
 * quality on the standards of the reference-values model, reading the self-evaluations the
 * institution submits. Every judgement names the model version it was made under.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class PanelReview {

    /** Panel reviews judge on the sector's reference-values model, in one of its versions. */
    public static final String REFERENCE_VALUES_MODEL = "referentiewaardenmodel-mbo";

    @AggregateIdentifier
    private String panelReviewId;
    private InstitutionRef institution;
    private FrameworkRef frameworkRef;
    private PanelReviewStatus status;
    private String chairUserId;
    private Set<String> panelUserIds = new HashSet<>();
    private Set<String> usedIds = new HashSet<>();
    private Map<String, String> standardBySelfEvaluation = new HashMap<>();
    private Map<String, String> judgementIdByStandard = new HashMap<>();
    private Map<String, String> valueByStandard = new LinkedHashMap<>();
    private int judgementsRecorded;
    private boolean reactedTo;
    private String reportDigest;

    protected PanelReview() {
        // for Axon
    }

    @CommandHandler
    public PanelReview(SchedulePanelReview command, FrameworkCatalog frameworks, InstitutionRegister register,
                       Clock clock) {
        require(command.institution() != null && !isBlank(command.institution().code()), DialogueRule.REQUIRED_TEXT,
                "A panel review is held at an institution.");
        InstitutionRef registered = register.require(command.institution());
        require(command.framework() != null && REFERENCE_VALUES_MODEL.equals(command.framework().id())
                        && frameworks.find(command.framework()).isPresent(), DialogueRule.UNKNOWN_FRAMEWORK,
                "A panel review judges on a known version of " + REFERENCE_VALUES_MODEL + "; " + command.framework()
                        + " is not one.");
        require(command.plannedDate() != null, DialogueRule.REQUIRED_TEXT, "A panel review needs a planned date.");
        apply(new PanelReviewScheduled(command.panelReviewId(), registered, command.framework(),
                        command.plannedDate(), command.actor(), clock.instant()),
                MetaData.with(IntegrationEvent.INSTITUTION_METADATA, registered.code()));
    }

    @CommandHandler
    public long handle(ComposePanel command, InstitutionRegister register, Clock clock) {
        admit(command);
        require(status == SCHEDULED || (status == PANEL_COMPOSED && judgementsRecorded == 0), DialogueRule.WRONG_PHASE,
                "The panel is composed before its first judgement; the review is " + status + ".");
        require(command.chair() != null && command.members() != null, DialogueRule.MEMBERS_WELL_FORMED,
                "A panel has a chair and members.");
        List<Assessor> named = new ArrayList<>(command.members());
        named.add(0, command.chair());
        List<Assessor> panel = resolvedBy(register, named);
        requireWellFormed(panel);
        require(panel.stream().anyMatch(a -> a.type() == AssessorType.INDEPENDENT_EXPERT)
                        && panel.stream().anyMatch(a -> a.type() == AssessorType.STAKEHOLDER),
                DialogueRule.PANEL_COMPOSITION,
                "An external panel has at least one independent expert and one (regional) stakeholder.");
        requireIndependent(panel, institution);
        return record(new PanelComposed(panelReviewId, panel.get(0), List.copyOf(panel.subList(1, panel.size())),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(SubmitSelfEvaluation command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        require(command.actor().actsFor(institution.code()), DialogueRule.ONLY_INSTITUTION,
                "Only the institution under review submits its self-evaluations.");
        requirePhase(EnumSet.of(SCHEDULED, PANEL_COMPOSED), "submit a self-evaluation");
        requireNewId(usedIds, command.selfEvaluationId());
        require(command.level() != null, DialogueRule.REQUIRED_TEXT, "Say whether it is a team or institution self-evaluation.");
        require(command.level() != EvaluationLevel.TEAM || !isBlank(command.teamName()), DialogueRule.REQUIRED_TEXT,
                "A team self-evaluation names its team.");
        requireStandard(framework(frameworks), command.standardCode());
        require(!isBlank(command.measurableOutcomes()) && !isBlank(command.noticeableOutcomes()),
                DialogueRule.OUTCOMES_REQUIRED,
                "A self-evaluation gives both its measurable and its noticeable (discussable) outcomes.");
        requireText(command.text(), "A self-evaluation needs its text.");
        return record(new SelfEvaluationSubmitted(panelReviewId, command.selfEvaluationId(), command.level(),
                command.level() == EvaluationLevel.TEAM ? command.teamName() : null, command.standardCode(),
                command.measurableOutcomes(), command.noticeableOutcomes(), command.text(), command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public long handle(JudgePanelStandard command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requirePhase(EnumSet.of(PANEL_COMPOSED), "judge a standard");
        requirePanel(command.actor(), "judge standards");
        AssessmentFramework framework = framework(frameworks);
        requireStandard(framework, command.standardCode());
        require(framework.allowsStandardJudgement(command.value()), DialogueRule.VALUE_ON_SCALE,
                "'" + command.value() + "' is not on the scale of " + frameworkRef + ": " + framework.standardScale());
        requireText(command.rationale(), "A judgement needs its rationale.");
        List<String> read = command.selfEvaluationIds() == null ? List.of() : command.selfEvaluationIds();
        require(!read.isEmpty() && read.stream().allMatch(id -> command.standardCode().equals(standardBySelfEvaluation.get(id))),
                DialogueRule.JUDGEMENT_NEEDS_SELF_EVALUATION, "A judgement of " + command.standardCode()
                        + " names the self-evaluations on that standard it rests on; submitted on it: "
                        + selfEvaluationsOn(command.standardCode()) + ".");
        String revises = judgementIdByStandard.get(command.standardCode());
        if (revises != null) {
            requireReason(command.revisionReason(), "Standard " + command.standardCode()
                    + " was judged before; a new judgement says why it revises the earlier one.");
        }
        return record(new PanelStandardJudged(panelReviewId, "judgement-" + (judgementsRecorded + 1), command.standardCode(),
                command.value(), command.rationale(), List.copyOf(read), frameworkRef, revises,
                revises == null ? null : command.revisionReason(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(IssuePanelReport command, FrameworkCatalog frameworks, Clock clock) {
        admit(command);
        requireChair(command.actor(), "issue the report");
        requirePhase(EnumSet.of(PANEL_COMPOSED), "issue the report");
        requireText(command.reportText(), "The report needs its text.");
        List<String> standards = framework(frameworks).standardCodes();
        List<String> unjudged = standards.stream().filter(code -> !valueByStandard.containsKey(code)).toList();
        require(unjudged.isEmpty(), DialogueRule.ALL_STANDARDS_JUDGED,
                "Before the report every standard is judged; not yet: " + unjudged + ".");
        Map<String, String> judgements = new LinkedHashMap<>();
        standards.forEach(code -> judgements.put(code, valueByStandard.get(code)));
        return record(new PanelReportIssued(panelReviewId, command.reportText(), frameworkRef,
                Collections.unmodifiableMap(judgements), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(ReactToPanelReport command, Clock clock) {
        admit(command);
        require(command.actor().actsFor(institution.code()), DialogueRule.ONLY_INSTITUTION,
                "Only the institution under review reacts to its panel report.");
        requirePhase(EnumSet.of(REPORT_ISSUED, PUBLISHED), "react to the report");
        require(!reactedTo, DialogueRule.REACTED_ONCE, "The board reacted to this report already.");
        requireText(command.reaction(), "A reaction needs its text.");
        requireApproved(command.approvedDigest(), reportDigest, "panel report");
        return record(new PanelReportReactedTo(panelReviewId, command.reaction(), command.approvedDigest(),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(PublishPanelReport command, Clock clock) {
        admit(command);
        requireChair(command.actor(), "publish the report");
        requirePhase(EnumSet.of(REPORT_ISSUED), "publish the report");
        requireText(command.summary(), "The published report needs its public summary.");
        return record(new PanelReportPublished(panelReviewId, command.summary(), command.actor(), clock.instant()));
    }

    /** Records what happened, filed under the institution; answers the review's new version. */
    private long record(PanelReviewEvent event) {
        apply(event, MetaData.with(IntegrationEvent.INSTITUTION_METADATA, institution.code()));
        return getVersion();
    }

    /** Who may see it first, then the version they saw ({@link Admission}). */
    private void admit(PanelReviewCommand command) {
        Admission.admit(PanelReviewAccessRule.of(Viewer.of(command.actor()), status, institution.code(), panelUserIds),
                panelReviewId, command.expectedVersion());
    }

    private void requirePhase(Set<PanelReviewStatus> allowed, String what) {
        Rules.requirePhase(allowed, status, what, "panel review");
    }

    private void requirePanel(Actor actor, String what) {
        require(panelUserIds.contains(actor.userId()), DialogueRule.ONLY_PANEL, "Only the panel of this review may " + what + ".");
    }

    private void requireChair(Actor actor, String what) {
        require(actor.userId().equals(chairUserId), DialogueRule.ONLY_CHAIR, "Only the panel's chair may " + what + ".");
    }

    private void requireStandard(AssessmentFramework framework, String standardCode) {
        require(framework.hasStandard(standardCode), DialogueRule.STANDARD_IN_FRAMEWORK,
                "Standard '" + standardCode + "' is not in " + frameworkRef + "; it has " + framework.standardCodes() + ".");
    }

    private List<String> selfEvaluationsOn(String standardCode) {
        return standardBySelfEvaluation.entrySet().stream().filter(e -> e.getValue().equals(standardCode))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private AssessmentFramework framework(FrameworkCatalog frameworks) {
        return frameworks.find(frameworkRef).orElseThrow(() ->
                new IllegalStateException("framework " + frameworkRef + " of panel review " + panelReviewId + " is no longer known"));
    }

    @EventSourcingHandler
    void on(PanelReviewScheduled event) {
        panelReviewId = event.panelReviewId();
        institution = event.institution();
        frameworkRef = event.framework();
        status = SCHEDULED;
    }

    @EventSourcingHandler
    void on(PanelComposed event) {
        chairUserId = event.chair().userId();
        panelUserIds = new HashSet<>();
        panelUserIds.add(chairUserId);
        event.members().forEach(member -> panelUserIds.add(member.userId()));
        status = PANEL_COMPOSED;
    }

    @EventSourcingHandler
    void on(SelfEvaluationSubmitted event) {
        usedIds.add(event.selfEvaluationId());
        standardBySelfEvaluation.put(event.selfEvaluationId(), event.standardCode());
    }

    @EventSourcingHandler
    void on(PanelStandardJudged event) {
        judgementsRecorded++;
        judgementIdByStandard.put(event.standardCode(), event.judgementId());
        valueByStandard.put(event.standardCode(), event.value());
    }

    @EventSourcingHandler
    void on(PanelReportIssued event) {
        status = REPORT_ISSUED;
        reportDigest = event.reportDigest();
    }

    @EventSourcingHandler
    void on(PanelReportReactedTo event) {
        reactedTo = true;
    }

    @EventSourcingHandler
    void on(PanelReportPublished event) {
        status = PUBLISHED;
    }

    @Override
    public String toString() {
        return "PanelReview[" + panelReviewId + ", " + status + "]";
    }
}
