package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Admission;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
 * One institutional dialogue (Dialoogmodel) at one institution, from its own question to the end of its
 * development agenda. The dialogue keeps its phase, its committee and the rules that span its parts; its
 * sessions, observations, the final report's recommendations and the agenda items are entities that
 * handle the commands on themselves. Every command first passes {@link #admit}: who may see it, the
 * version, then the phase ({@link DialoguePhases}). Handlers of an existing dialogue return its new version.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class InstitutionalDialogue {

    @AggregateIdentifier
    private String dialogueId;
    private InstitutionRef institution;
    private DialogueStatus status;
    private String chairUserId;
    private String secretaryUserId;
    private Set<String> committeeUserIds = new HashSet<>();
    private List<Assessor> committee = new ArrayList<>();
    private Set<String> preparationIds = new HashSet<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Session> sessions = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Observation> observations = new LinkedHashMap<>();
    private int draftRevision;
    private int reactedToRevision;
    private Map<DialogueLens, String> draftConclusions = Map.of();
    private List<Recommendation> draftRecommendations = List.of();
    private String draftDigest;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, FinalRecommendation> recommendations = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, AgendaItem> agenda = new LinkedHashMap<>();

    protected InstitutionalDialogue() {
        // for Axon
    }

    @CommandHandler
    public InstitutionalDialogue(OpenDialogue command, InstitutionRegister register, Clock clock) {
        Actor actor = command.actor();
        require(command.institution() != null && !isBlank(command.institution().code()),
                DialogueRule.REQUIRED_TEXT, "A dialogue is held at an institution.");
        require(actor.role() != Role.INSTITUTION || actor.actsFor(command.institution().code()),
                DialogueRule.ONLY_OWN_INSTITUTION, "An institution opens a dialogue for itself only.");
        // the register's institution: an unknown code, or a name or board number of another, is refused
        InstitutionRef registered = register.require(command.institution());
        requireText(command.theme(), "A dialogue needs its theme.");
        requireSpecificQuestion(command.question(), command.theme(), "the dialogue");
        require(command.plannedDate() != null, DialogueRule.REQUIRED_TEXT, "A dialogue needs a planned date.");
        apply(new DialogueOpened(command.dialogueId(), registered, command.question().strip(),
                command.theme().strip(), command.plannedDate(), actor, clock.instant()),
                filedUnder(registered.code()));
    }

    /**
     * Every command on this dialogue, its entities' too, in this order: one who may not see the dialogue is
     * answered as for an unknown id; then the version they saw is compared; then the phase table; then the
     * session, observation, recommendation or agenda item it names must exist; only then its handler runs.
     */
    @CommandHandlerInterceptor
    Object admit(DialogueCommand command, InterceptorChain chain) throws Exception {
        Admission.admit(DialogueAccessRule.of(Viewer.of(command.actor()), status, institution.code(), committeeUserIds),
                dialogueId, command.expectedVersion());
        DialoguePhases.require(command, status);
        requireTarget(command);
        return chain.proceed();
    }

    @CommandHandler
    public long handle(AppointDialogueCommittee command, InstitutionRegister register, Clock clock) {
        require(command.chair() != null && command.secretary() != null && command.members() != null,
                DialogueRule.MEMBERS_WELL_FORMED, "A committee has a chair, a secretary and members.");
        List<Assessor> named = new ArrayList<>(List.of(command.chair(), command.secretary()));
        named.addAll(command.members());
        List<Assessor> everyone = resolvedBy(register, named);
        requireWellFormed(everyone);
        requireIndependent(everyone, institution);
        return record(new DialogueCommitteeAppointed(dialogueId, everyone.get(0), everyone.get(1),
                List.copyOf(everyone.subList(2, everyone.size())), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(RecordQuestionnaire command, Clock clock) {
        requireCommittee(command.actor(), "record a questionnaire");
        requireNewId(command.preparationId());
        requireText(command.title(), "A questionnaire needs its title.");
        require(command.respondents() > 0, DialogueRule.REQUIRED_TEXT, "A questionnaire had respondents; say how many.");
        requireText(command.responseSummary(), "A questionnaire needs the summary of its responses.");
        return record(new QuestionnaireRecorded(dialogueId, command.preparationId(), command.title(),
                command.respondents(), command.responseSummary(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(ShareDocument command, Clock clock) {
        requireInstitution(command.actor(), "shares its documents");
        requireNewId(command.preparationId());
        requireText(command.title(), "A shared document needs its title.");
        requireText(command.reference(), "A shared document needs a reference to where it is kept.");
        return record(new DocumentShared(dialogueId, command.preparationId(), command.title(), command.reference(),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(PlanSession command, Clock clock) {
        requireChairOrSecretary(command.actor(), "plan sessions");
        requireNewId(command.sessionId());
        require(command.date() != null, DialogueRule.REQUIRED_TEXT, "A session needs its date.");
        requireText(command.topic(), "A session needs its topic.");
        return record(new SessionPlanned(dialogueId, command.sessionId(), command.date(), command.topic(),
                command.actor(), clock.instant()));
    }

    /** An observation comes from a session of this dialogue: a rule across entities, so the dialogue's. */
    @CommandHandler
    public long handle(RecordObservation command, Clock clock) {
        requireCommittee(command.actor(), "record observations");
        requireNewId(command.observationId());
        Session session = sessions.get(command.sessionId());
        require(session != null && session.held(), DialogueRule.SESSION_NOT_HELD,
                "Observations come from a held session; " + command.sessionId() + " is not one.");
        require(command.lens() != null, DialogueRule.REQUIRED_TEXT, "Say which capacity, or quality culture, it concerns.");
        requireText(command.text(), "An observation needs its text.");
        return record(new ObservationRecorded(dialogueId, command.observationId(), command.sessionId(), command.lens(),
                command.text(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(DraftDialogueReport command, Clock clock) {
        requireChairOrSecretary(command.actor(), "draft the report");
        Map<DialogueLens, String> conclusions = command.conclusions() == null ? Map.of() : command.conclusions();
        require(!conclusions.isEmpty() && conclusions.values().stream().noneMatch(Rules::isBlank),
                DialogueRule.REQUIRED_TEXT, "A report draws conclusions, each with its text.");
        for (DialogueLens lens : conclusions.keySet()) {
            require(liveObservationsOn(lens) > 0, DialogueRule.CONCLUSION_NEEDS_OBSERVATION,
                    "No observation on " + lens + " supports a conclusion; conclusions rest on what was observed.");
        }
        List<RecommendationDraft> drafts = command.recommendations() == null ? List.of() : command.recommendations();
        List<Recommendation> numbered = new ArrayList<>();
        for (RecommendationDraft draft : drafts) {
            require(draft != null && draft.lens() != null && !isBlank(draft.text()), DialogueRule.REQUIRED_TEXT,
                    "A recommendation needs its capacity and its text.");
            require(conclusions.containsKey(draft.lens()), DialogueRule.RECOMMENDATION_NEEDS_CONCLUSION,
                    "A recommendation on " + draft.lens() + " follows from a conclusion on it; there is none.");
            numbered.add(new Recommendation("R" + (numbered.size() + 1), draft.lens(), draft.text()));
        }
        Map<DialogueLens, String> inLensOrder = Collections.unmodifiableMap(new EnumMap<>(conclusions));
        ReactionAnswer answer = reactedToRevision == draftRevision && draftRevision > 0
                ? answerToReaction(command.reactionAnswer(), "redraft") : noAnswer(command.reactionAnswer());
        return record(new DialogueReportDrafted(dialogueId, draftRevision + 1, inLensOrder, List.copyOf(numbered), answer,
                command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(ReactToDialogueReport command, Clock clock) {
        requireInstitution(command.actor(), "reacts to the report");
        requireText(command.reaction(), "A reaction needs its text.");
        requireApproved(command.approvedDigest(), draftDigest, "draft");
        return record(new InstitutionReactedToDraft(dialogueId, draftRevision, command.reaction(),
                command.approvedDigest(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(FinaliseDialogueReport command, Clock clock) {
        requireChair(command.actor(), "finalise the report");
        require(reactedToRevision == draftRevision, DialogueRule.REACTION_TO_LATEST_DRAFT,
                "The institution has not yet reacted to draft " + draftRevision + "; the chair finalises after it has.");
        List<List<Participation>> held = sessions.values().stream()
                .filter(Session::held).map(Session::participants).toList();
        ReactionAnswer answer = answerToReaction(command.reactionAnswer(), "final report");
        requireApproved(command.approvedDigest(), draftDigest, "draft");
        return record(new DialogueReportFinalised(dialogueId, draftRevision, draftConclusions, draftRecommendations,
                StakeholderMix.of(held, committee), answer, command.approvedDigest(), command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public long handle(PublishDialogueReport command, Clock clock) {
        requireChair(command.actor(), "publish the report");
        requireText(command.summary(), "The published report needs its public summary.");
        return record(new DialogueReportPublished(dialogueId, command.summary(), command.actor(), clock.instant()));
    }

    /** Records what happened, as the dialogue and each of its entities do; answers the dialogue's new version. */
    long record(DialogueEvent event) {
        apply(event, filedUnder(institution.code()));
        return getVersion();
    }

    /** Every event carries the institution in its metadata, for the feeds that are keyed by it. */
    private static MetaData filedUnder(String institutionCode) {
        return MetaData.with(IntegrationEvent.INSTITUTION_METADATA, institutionCode);
    }

    // --- the rules, named; the entities ask the dialogue for those that are not theirs alone ---

    /**
     * Every reaction of the institution is answered, by the next version of the report: the redraft or the final
     * report says what it did with it (validation question V3 asks whether reactions were answered).
     */
    private ReactionAnswer answerToReaction(String answer, String version) {
        require(!isBlank(answer), DialogueRule.REACTION_ANSWERED, "The institution reacted to draft " + draftRevision
                + "; the " + version + " says how it answers that reaction.");
        return new ReactionAnswer(draftRevision, answer.strip());
    }

    /** An answer to a reaction there is none of is refused, rather than recorded as if there had been one. */
    private static ReactionAnswer noAnswer(String answer) {
        require(isBlank(answer), DialogueRule.REACTION_TO_LATEST_DRAFT,
                "The institution has not reacted to the latest draft; there is no reaction to answer.");
        return null;
    }

    private void requireTarget(DialogueCommand command) {
        if (command instanceof DialogueCommand.SessionCommand on) {
            require(sessions.containsKey(on.sessionId()), DialogueRule.UNKNOWN_SESSION,
                    "No session " + on.sessionId() + " was planned in this dialogue.");
        } else if (command instanceof DialogueCommand.ObservationCommand on) {
            require(observations.containsKey(on.observationId()), DialogueRule.UNKNOWN_OBSERVATION,
                    "No observation " + on.observationId() + " in this dialogue.");
        } else if (command instanceof DialogueCommand.RecommendationCommand on) {
            require(recommendations.containsKey(on.recommendationId()), DialogueRule.UNKNOWN_RECOMMENDATION,
                    "The final report has no recommendation " + on.recommendationId() + "; it has "
                            + recommendations.keySet() + ".");
        } else if (command instanceof DialogueCommand.AgendaItemCommand on) {
            require(agenda.containsKey(on.agendaItemId()), DialogueRule.UNKNOWN_AGENDA_ITEM,
                    "No agenda item " + on.agendaItemId() + " in this dialogue.");
        }
    }

    /** One id names one thing of this dialogue: a preparation, a session, an observation or an agenda item. */
    void requireNewId(String id) {
        Set<String> used = new HashSet<>(preparationIds);
        List.of(sessions, observations, agenda).forEach(parts -> used.addAll(parts.keySet()));
        Rules.requireNewId(used, id);
    }

    void requireCommittee(Actor actor, String what) {
        require(committeeUserIds.contains(actor.userId()), DialogueRule.ONLY_COMMITTEE,
                "Only the committee of this dialogue may " + what + ".");
    }

    void requireChairOrSecretary(Actor actor, String what) {
        require(actor.userId().equals(chairUserId) || actor.userId().equals(secretaryUserId),
                DialogueRule.ONLY_CHAIR_OR_SECRETARY, "Only the chair or the secretary of this dialogue may " + what + ".");
    }

    private void requireChair(Actor actor, String what) {
        require(actor.userId().equals(chairUserId), DialogueRule.ONLY_CHAIR,
                "Only the chair of this dialogue may " + what + ".");
    }

    void requireInstitution(Actor actor, String what) {
        require(actor.actsFor(institution.code()), DialogueRule.ONLY_INSTITUTION,
                "Only the institution of this dialogue " + what + ".");
    }

    /** A drafted conclusion rests on observations: the last one on its capacity stays there and stays live. */
    void requireConclusionKeepsAnObservation(DialogueLens lens, String change) {
        boolean concluded = draftConclusions.containsKey(lens);
        require(!concluded || liveObservationsOn(lens) > 1, DialogueRule.CONCLUSION_STAYS_SUBSTANTIATED,
                "The draft's conclusion on " + lens + " rests on this observation alone; " + change
                        + " would leave it without observations.");
    }

    private long liveObservationsOn(DialogueLens lens) {
        return observations.values().stream().filter(observation -> observation.liveOn(lens)).count();
    }

    // --- state changes of the dialogue itself; its entities change their own ---

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
        preparationIds.add(event.preparationId());
    }

    @EventSourcingHandler
    void on(DocumentShared event) {
        preparationIds.add(event.preparationId());
    }

    @EventSourcingHandler
    void on(SessionPlanned event) {
        sessions.put(event.sessionId(), new Session(this, event));
    }

    @EventSourcingHandler
    void on(SessionHeld event) {
        status = IN_DIALOGUE;
    }

    @EventSourcingHandler
    void on(ObservationRecorded event) {
        observations.put(event.observationId(), new Observation(this, event));
    }

    @EventSourcingHandler
    void on(DialogueReportDrafted event) {
        draftRevision = event.revision();
        draftConclusions = event.conclusions();
        draftRecommendations = event.recommendations();
        draftDigest = event.reportDigest();
        status = REPORT_DRAFTED;
    }

    @EventSourcingHandler
    void on(InstitutionReactedToDraft event) {
        reactedToRevision = event.draftRevision();
        status = INSTITUTION_REACTED;
    }

    @EventSourcingHandler
    void on(DialogueReportFinalised event) {
        event.recommendations().forEach(recommendation -> recommendations.put(recommendation.recommendationId(),
                new FinalRecommendation(this, recommendation)));
        status = FINALISED;
    }

    @EventSourcingHandler
    void on(DialogueReportPublished event) {
        status = PUBLISHED;
    }

    @EventSourcingHandler
    void on(RecommendationAdopted event) {
        agenda.put(event.agendaItemId(), new AgendaItem(this, event));
    }

    @Override
    public String toString() {
        return "InstitutionalDialogue[" + dialogueId + ", " + status + "]";
    }
}
