package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.*;
import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One institutional dialogue (Dialoogmodel) at one institution, from its own question to the end of
 * its development agenda. Handlers check the rules in the order a reader would, then record what
 * happened; handlers of an existing dialogue return its new version.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class InstitutionalDialogue {

    private static final Set<DialogueStatus> PREPARING = EnumSet.of(COMMITTEE_APPOINTED, IN_DIALOGUE);
    private static final Set<DialogueStatus> BEFORE_FINAL = EnumSet.of(IN_DIALOGUE, REPORT_DRAFTED, INSTITUTION_REACTED);
    private static final Set<DialogueStatus> FINAL = EnumSet.of(FINALISED, PUBLISHED);

    @AggregateIdentifier
    private String dialogueId;
    private InstitutionRef institution;
    private DialogueStatus status;
    private String chairUserId;
    private String secretaryUserId;
    private Set<String> committeeUserIds = new HashSet<>();
    private List<Assessor> committee = new ArrayList<>();
    private Set<String> usedIds = new HashSet<>();
    private Set<String> plannedSessions = new HashSet<>();
    private Map<String, List<Participation>> heldSessions = new LinkedHashMap<>();
    private Map<String, Observation> observations = new HashMap<>();
    private int draftRevision;
    private Map<DialogueLens, String> draftConclusions = Map.of();
    private List<Recommendation> draftRecommendations = List.of();
    private Map<String, Recommendation> finalRecommendations = new HashMap<>();
    private Set<String> decidedRecommendations = new HashSet<>();
    private Map<String, Boolean> agendaItemDone = new HashMap<>();

    protected InstitutionalDialogue() {
        // for Axon
    }

    @CommandHandler
    public InstitutionalDialogue(OpenDialogue command, Clock clock) {
        Actor actor = command.actor();
        require(command.institution() != null && !isBlank(command.institution().code()),
                DialogueRule.REQUIRED_TEXT, "A dialogue is held at an institution.");
        require(actor.role() != Role.INSTITUTION || actor.actsFor(command.institution().code()),
                DialogueRule.ONLY_OWN_INSTITUTION, "An institution opens a dialogue for itself only.");
        requireText(command.theme(), "A dialogue needs its theme.");
        requireSpecificQuestion(command.question(), command.theme(), "the dialogue");
        require(command.plannedDate() != null, DialogueRule.REQUIRED_TEXT, "A dialogue needs a planned date.");
        record(new DialogueOpened(command.dialogueId(), command.institution(), command.question().strip(),
                command.theme().strip(), command.plannedDate(), actor, clock.instant()));
    }

    @CommandHandler
    public long handle(AppointDialogueCommittee command, Clock clock) {
        admit(command);
        requirePhase(EnumSet.of(OPENED, COMMITTEE_APPOINTED), "appoint the committee");
        require(command.chair() != null && command.secretary() != null && command.members() != null,
                DialogueRule.MEMBERS_WELL_FORMED, "A committee has a chair, a secretary and members.");
        List<Assessor> everyone = new ArrayList<>(List.of(command.chair(), command.secretary()));
        everyone.addAll(command.members());
        requireWellFormed(everyone);
        requireIndependent(everyone, institution);
        record(new DialogueCommitteeAppointed(dialogueId, command.chair(), command.secretary(),
                List.copyOf(command.members()), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordQuestionnaire command, Clock clock) {
        admit(command);
        requirePhase(PREPARING, "record preparation");
        requireCommittee(command.actor(), "record a questionnaire");
        requireNewId(usedIds, command.preparationId());
        requireText(command.title(), "A questionnaire needs its title.");
        require(command.respondents() > 0, DialogueRule.REQUIRED_TEXT, "A questionnaire had respondents; say how many.");
        requireText(command.responseSummary(), "A questionnaire needs the summary of its responses.");
        record(new QuestionnaireRecorded(dialogueId, command.preparationId(), command.title(), command.respondents(),
                command.responseSummary(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ShareDocument command, Clock clock) {
        admit(command);
        requireInstitution(command.actor(), "shares its documents");
        requirePhase(PREPARING, "share a document");
        requireNewId(usedIds, command.preparationId());
        requireText(command.title(), "A shared document needs its title.");
        requireText(command.reference(), "A shared document needs a reference to where it is kept.");
        record(new DocumentShared(dialogueId, command.preparationId(), command.title(), command.reference(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(PlanSession command, Clock clock) {
        admit(command);
        requirePhase(PREPARING, "plan a session");
        requireChairOrSecretary(command.actor(), "plan sessions");
        requireNewId(usedIds, command.sessionId());
        require(command.date() != null, DialogueRule.REQUIRED_TEXT, "A session needs its date.");
        requireText(command.topic(), "A session needs its topic.");
        record(new SessionPlanned(dialogueId, command.sessionId(), command.date(), command.topic(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(HoldSession command, Clock clock) {
        admit(command);
        requirePhase(PREPARING, "record a session");
        requireChairOrSecretary(command.actor(), "record sessions");
        require(plannedSessions.contains(command.sessionId()), DialogueRule.UNKNOWN_SESSION,
                "No session " + command.sessionId() + " was planned in this dialogue.");
        require(!heldSessions.containsKey(command.sessionId()), DialogueRule.SESSION_HELD_ONCE,
                "Session " + command.sessionId() + " was recorded as held already.");
        requireCounted(command.participants());
        requireText(command.discussed(), "A session records what was discussed.");
        record(new SessionHeld(dialogueId, command.sessionId(), List.copyOf(command.participants()),
                command.discussed(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordObservation command, Clock clock) {
        admit(command);
        requireCommittee(command.actor(), "record observations");
        requirePhase(EnumSet.of(IN_DIALOGUE), "record an observation");
        requireNewId(usedIds, command.observationId());
        require(heldSessions.containsKey(command.sessionId()), DialogueRule.SESSION_NOT_HELD,
                "Observations come from a held session; " + command.sessionId() + " is not one.");
        require(command.lens() != null, DialogueRule.REQUIRED_TEXT, "Say which capacity, or quality culture, it concerns.");
        requireText(command.text(), "An observation needs its text.");
        record(new ObservationRecorded(dialogueId, command.observationId(), command.sessionId(), command.lens(),
                command.text(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(CorrectObservation command, Clock clock) {
        admit(command);
        requireCommittee(command.actor(), "correct observations");
        requirePhase(BEFORE_FINAL, "correct an observation");
        Observation observation = liveObservation(command.observationId());
        requireReason(command.reason(), "A correction says why.");
        require(command.lens() != null, DialogueRule.REQUIRED_TEXT, "Say which capacity, or quality culture, it concerns.");
        requireText(command.text(), "An observation needs its text.");
        if (observation.lens() != command.lens()) {
            requireConclusionKeepsAnObservation(observation, "moving it to " + command.lens());
        }
        record(new ObservationCorrected(dialogueId, command.observationId(), observation.revision() + 1, command.lens(),
                command.text(), command.reason(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RetractObservation command, Clock clock) {
        admit(command);
        requireCommittee(command.actor(), "retract observations");
        requirePhase(BEFORE_FINAL, "retract an observation");
        Observation observation = liveObservation(command.observationId());
        requireReason(command.reason(), "A retraction says why.");
        requireConclusionKeepsAnObservation(observation, "retracting it");
        record(new ObservationRetracted(dialogueId, command.observationId(), command.reason(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(DraftDialogueReport command, Clock clock) {
        admit(command);
        requireChairOrSecretary(command.actor(), "draft the report");
        requirePhase(BEFORE_FINAL, "draft the report");
        Map<DialogueLens, String> conclusions = command.conclusions() == null ? Map.of() : command.conclusions();
        require(!conclusions.isEmpty() && conclusions.values().stream().noneMatch(Rules::isBlank),
                DialogueRule.REQUIRED_TEXT, "A report draws conclusions, each with its text.");
        for (DialogueLens lens : conclusions.keySet()) {
            require(liveObservationsOn(lens) > 0, DialogueRule.CONCLUSION_NEEDS_OBSERVATION,
                    "No observation on " + lens + " supports a conclusion; conclusions rest on what was observed.");
        }
        List<RecommendationDraft> drafts = command.recommendations() == null ? List.of() : command.recommendations();
        List<Recommendation> recommendations = new ArrayList<>();
        for (RecommendationDraft draft : drafts) {
            require(draft != null && draft.lens() != null && !isBlank(draft.text()), DialogueRule.REQUIRED_TEXT,
                    "A recommendation needs its capacity and its text.");
            require(conclusions.containsKey(draft.lens()), DialogueRule.RECOMMENDATION_NEEDS_CONCLUSION,
                    "A recommendation on " + draft.lens() + " follows from a conclusion on it; there is none.");
            recommendations.add(new Recommendation("R" + (recommendations.size() + 1), draft.lens(), draft.text()));
        }
        Map<DialogueLens, String> inLensOrder = Collections.unmodifiableMap(new EnumMap<>(conclusions));
        record(new DialogueReportDrafted(dialogueId, draftRevision + 1, inLensOrder, List.copyOf(recommendations),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReactToDialogueReport command, Clock clock) {
        admit(command);
        requireInstitution(command.actor(), "reacts to the report");
        requirePhase(EnumSet.of(REPORT_DRAFTED), "react to the report");
        requireText(command.reaction(), "A reaction needs its text.");
        record(new InstitutionReactedToDraft(dialogueId, draftRevision, command.reaction(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(FinaliseDialogueReport command, Clock clock) {
        admit(command);
        requireChair(command.actor(), "finalise the report");
        require(status != REPORT_DRAFTED, DialogueRule.REACTION_TO_LATEST_DRAFT,
                "The institution has not yet reacted to draft " + draftRevision + "; the chair finalises after it has.");
        requirePhase(EnumSet.of(INSTITUTION_REACTED), "finalise the report");
        record(new DialogueReportFinalised(dialogueId, draftRevision, draftConclusions, draftRecommendations,
                StakeholderMix.of(heldSessions.values(), committee), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(PublishDialogueReport command, Clock clock) {
        admit(command);
        requireChair(command.actor(), "publish the report");
        requirePhase(EnumSet.of(FINALISED), "publish the report");
        requireText(command.summary(), "The published report needs its public summary.");
        record(new DialogueReportPublished(dialogueId, command.summary(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(AdoptRecommendation command, Clock clock) {
        admit(command);
        requireInstitution(command.actor(), "puts recommendations on its development agenda");
        requirePhase(FINAL, "adopt a recommendation");
        requireUndecided(command.recommendationId());
        requireNewId(usedIds, command.agendaItemId());
        requireText(command.description(), "An agenda item says what will be done.");
        requireText(command.owner(), "An agenda item has an owner.");
        requireFutureDate(command.dueDate(), clock, "An agenda item needs a due date after today.");
        record(new RecommendationAdopted(dialogueId, command.recommendationId(), command.agendaItemId(),
                command.description(), command.owner(), command.dueDate(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(DeclineRecommendation command, Clock clock) {
        admit(command);
        requireInstitution(command.actor(), "decides on the recommendations");
        requirePhase(FINAL, "decline a recommendation");
        requireUndecided(command.recommendationId());
        requireReason(command.reason(), "Declining a recommendation says why.");
        record(new RecommendationDeclined(dialogueId, command.recommendationId(), command.reason(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordAgendaProgress command, Clock clock) {
        admit(command);
        requireInstitution(command.actor(), "records progress on its development agenda");
        requireOpenAgendaItem(command.agendaItemId());
        requireText(command.note(), "Progress needs a note of what was done.");
        record(new AgendaProgressRecorded(dialogueId, command.agendaItemId(), command.note(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(CompleteAgendaItem command, Clock clock) {
        admit(command);
        requireInstitution(command.actor(), "completes items of its development agenda");
        requireOpenAgendaItem(command.agendaItemId());
        requireText(command.evidence(), "Completing an item needs the evidence.");
        record(new AgendaItemCompleted(dialogueId, command.agendaItemId(), command.evidence(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    /** Every event carries the institution in its metadata, for the feeds that are keyed by it. */
    private void record(DialogueEvent event) {
        String institutionCode = event instanceof DialogueOpened opened ? opened.institution().code() : institution.code();
        apply(event, MetaData.with(IntegrationEvent.INSTITUTION_METADATA, institutionCode));
    }

    // --- the rules, named ---

    /**
     * First of all: someone who may not know this dialogue exists (by the same rule its readers are shown it)
     * is answered as for an unknown id, before any rule could tell them what state it is in. Only then is
     * the version they last saw compared with this dialogue's, which is why no command leaves that to Axon,
     * who would compare it on loading, before this.
     */
    private void admit(DialogueCommand command) {
        Access access = DialogueAccessRule.of(Viewer.of(command.actor()), status, institution.code(), committeeUserIds);
        if (!access.visible()) {
            throw RuleViolation.notFound(dialogueId);
        }
        StaleVersion.require(command.expectedVersion(), getVersion());
    }

    private void requirePhase(Set<DialogueStatus> allowed, String what) {
        require(allowed.contains(status), DialogueRule.WRONG_PHASE,
                "Cannot " + what + " while the dialogue is " + status + "; allowed when " + allowed + ".");
    }

    private void requireCommittee(Actor actor, String what) {
        require(committeeUserIds.contains(actor.userId()), DialogueRule.ONLY_COMMITTEE,
                "Only the committee of this dialogue may " + what + ".");
    }

    private void requireChairOrSecretary(Actor actor, String what) {
        require(actor.userId().equals(chairUserId) || actor.userId().equals(secretaryUserId),
                DialogueRule.ONLY_CHAIR_OR_SECRETARY, "Only the chair or the secretary of this dialogue may " + what + ".");
    }

    private void requireChair(Actor actor, String what) {
        require(actor.userId().equals(chairUserId), DialogueRule.ONLY_CHAIR,
                "Only the chair of this dialogue may " + what + ".");
    }

    private void requireInstitution(Actor actor, String what) {
        require(actor.actsFor(institution.code()), DialogueRule.ONLY_INSTITUTION,
                "Only the institution of this dialogue " + what + ".");
    }

    private Observation liveObservation(String observationId) {
        Observation observation = observations.get(observationId);
        require(observation != null, DialogueRule.UNKNOWN_OBSERVATION, "No observation " + observationId + " in this dialogue.");
        require(!observation.retracted(), DialogueRule.OBSERVATION_RETRACTED, "Observation " + observationId + " was retracted.");
        return observation;
    }

    private void requireConclusionKeepsAnObservation(Observation observation, String change) {
        boolean concluded = draftConclusions.containsKey(observation.lens());
        require(!concluded || liveObservationsOn(observation.lens()) > 1, DialogueRule.CONCLUSION_STAYS_SUBSTANTIATED,
                "The draft's conclusion on " + observation.lens() + " rests on this observation alone; " + change
                        + " would leave it without observations.");
    }

    private long liveObservationsOn(DialogueLens lens) {
        return observations.values().stream().filter(o -> !o.retracted() && o.lens() == lens).count();
    }

    private void requireUndecided(String recommendationId) {
        require(finalRecommendations.containsKey(recommendationId), DialogueRule.UNKNOWN_RECOMMENDATION,
                "The final report has no recommendation " + recommendationId + "; it has " + finalRecommendations.keySet() + ".");
        require(!decidedRecommendations.contains(recommendationId), DialogueRule.RECOMMENDATION_DECIDED_ONCE,
                "Recommendation " + recommendationId + " was adopted or declined already.");
    }

    private void requireOpenAgendaItem(String agendaItemId) {
        Boolean done = agendaItemDone.get(agendaItemId);
        require(done != null, DialogueRule.UNKNOWN_AGENDA_ITEM, "No agenda item " + agendaItemId + " in this dialogue.");
        require(!done, DialogueRule.AGENDA_ITEM_OPEN, "Agenda item " + agendaItemId + " is completed.");
    }

    // --- state changes ---

    @EventSourcingHandler
    void on(DialogueOpened event) {
        dialogueId = event.dialogueId();
        institution = event.institution();
        status = OPENED;
    }

    @EventSourcingHandler
    void on(DialogueCommitteeAppointed event) {
        chairUserId = event.chair().userId();
        secretaryUserId = event.secretary().userId();
        committee = new ArrayList<>(List.of(event.chair(), event.secretary()));
        committee.addAll(event.members());
        committeeUserIds = new HashSet<>();
        committee.forEach(member -> committeeUserIds.add(member.userId()));
        status = COMMITTEE_APPOINTED;
    }

    @EventSourcingHandler
    void on(QuestionnaireRecorded event) {
        usedIds.add(event.preparationId());
    }

    @EventSourcingHandler
    void on(DocumentShared event) {
        usedIds.add(event.preparationId());
    }

    @EventSourcingHandler
    void on(SessionPlanned event) {
        usedIds.add(event.sessionId());
        plannedSessions.add(event.sessionId());
    }

    @EventSourcingHandler
    void on(SessionHeld event) {
        heldSessions.put(event.sessionId(), event.participants());
        status = IN_DIALOGUE;
    }

    @EventSourcingHandler
    void on(ObservationRecorded event) {
        usedIds.add(event.observationId());
        observations.put(event.observationId(), new Observation(event.lens(), 0, false));
    }

    @EventSourcingHandler
    void on(ObservationCorrected event) {
        observations.put(event.observationId(), new Observation(event.lens(), event.revision(), false));
    }

    @EventSourcingHandler
    void on(ObservationRetracted event) {
        observations.computeIfPresent(event.observationId(), (id, o) -> new Observation(o.lens(), o.revision(), true));
    }

    @EventSourcingHandler
    void on(DialogueReportDrafted event) {
        draftRevision = event.revision();
        draftConclusions = event.conclusions();
        draftRecommendations = event.recommendations();
        status = REPORT_DRAFTED;
    }

    @EventSourcingHandler
    void on(InstitutionReactedToDraft event) {
        status = INSTITUTION_REACTED;
    }

    @EventSourcingHandler
    void on(DialogueReportFinalised event) {
        event.recommendations().forEach(r -> finalRecommendations.put(r.recommendationId(), r));
        status = FINALISED;
    }

    @EventSourcingHandler
    void on(DialogueReportPublished event) {
        status = PUBLISHED;
    }

    @EventSourcingHandler
    void on(RecommendationAdopted event) {
        decidedRecommendations.add(event.recommendationId());
        usedIds.add(event.agendaItemId());
        agendaItemDone.put(event.agendaItemId(), false);
    }

    @EventSourcingHandler
    void on(RecommendationDeclined event) {
        decidedRecommendations.add(event.recommendationId());
    }

    @EventSourcingHandler
    void on(AgendaItemCompleted event) {
        agendaItemDone.put(event.agendaItemId(), true);
    }

    private record Observation(DialogueLens lens, int revision, boolean retracted) {
    }

    @Override
    public String toString() {
        return "InstitutionalDialogue[" + dialogueId + ", " + status + "]";
    }
}
