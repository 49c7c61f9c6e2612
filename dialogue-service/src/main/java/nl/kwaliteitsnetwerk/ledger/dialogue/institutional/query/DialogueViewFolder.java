package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView.*;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus.*;

/**
 * Folds dialogue events into a {@link DialogueView}. Pure: the same events give the same view, whether
 * they come from the live projection or from a replay up to a past instant.
 */
public final class DialogueViewFolder {

    private DialogueViewFolder() {
    }

    /** Applies {@code event}, the dialogue's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(DialogueView view, DialogueEvent event, long sequence) {
        if (sequence <= view.version) {
            return false;
        }
        fold(view, event);
        view.version = sequence;
        view.lastChangedAt = event.occurredAt();
        return true;
    }

    private static void fold(DialogueView view, DialogueEvent event) {
        if (event instanceof DialogueOpened e) {
            view.dialogueId = e.dialogueId();
            view.institution = e.institution();
            view.question = e.question();
            view.theme = e.theme();
            view.plannedDate = e.plannedDate();
            view.openedAt = e.occurredAt();
            view.status = OPENED;
        } else if (event instanceof DialogueCommitteeAppointed e) {
            view.chair = e.chair();
            view.secretary = e.secretary();
            view.members = new ArrayList<>(e.members());
            view.status = COMMITTEE_APPOINTED;
            refreshMix(view);
        } else if (event instanceof QuestionnaireRecorded e) {
            view.preparation.add(new Preparation(e.preparationId(), "QUESTIONNAIRE", e.title(), e.respondents(),
                    e.responseSummary(), e.actor(), e.occurredAt()));
        } else if (event instanceof DocumentShared e) {
            view.preparation.add(new Preparation(e.preparationId(), "DOCUMENT", e.title(), null, e.reference(),
                    e.actor(), e.occurredAt()));
        } else if (event instanceof SessionPlanned e) {
            Session session = new Session();
            session.sessionId = e.sessionId();
            session.date = e.date();
            session.topic = e.topic();
            view.sessions.add(session);
        } else if (event instanceof SessionHeld e) {
            view.sessions.stream().filter(s -> s.sessionId.equals(e.sessionId())).forEach(s -> {
                s.held = true;
                s.participants = new ArrayList<>(e.participants());
                s.discussed = e.discussed();
                s.heldAt = e.occurredAt();
            });
            view.status = IN_DIALOGUE;
            refreshMix(view);
        } else {
            foldFindings(view, event);
        }
    }

    private static void foldFindings(DialogueView view, DialogueEvent event) {
        if (event instanceof ObservationRecorded e) {
            Observation observation = new Observation();
            observation.observationId = e.observationId();
            observation.sessionId = e.sessionId();
            observation.lens = e.lens();
            observation.text = e.text();
            observation.recordedBy = e.actor();
            observation.recordedAt = e.occurredAt();
            view.observations.add(observation);
        } else if (event instanceof ObservationCorrected e) {
            observation(view, e.observationId()).forEach(o -> {
                o.lens = e.lens();
                o.text = e.text();
                o.revision = e.revision();
                o.lastReason = e.reason();
            });
        } else if (event instanceof ObservationRetracted e) {
            observation(view, e.observationId()).forEach(o -> {
                o.retracted = true;
                o.lastReason = e.reason();
            });
        } else if (event instanceof DialogueReportDrafted e) {
            answerReaction(view, e.reactionAnswer(), e.actor(), e.occurredAt());
            view.drafts.replaceAll(d -> d.reaction() == null ? d : d.withReaction(d.reaction().against(e.reportDigest())));
            view.drafts.add(new Draft(e.revision(), e.conclusions(), e.recommendations(), e.reportDigest(), e.actor(),
                    e.occurredAt(), null));
            view.status = REPORT_DRAFTED;
        } else if (event instanceof InstitutionReactedToDraft e) {
            int last = view.drafts.size() - 1;
            Draft draft = view.drafts.get(last);
            // a reaction stored before digests reacted to the draft it names: it approved that draft's content
            String approved = e.approvedDigest() == null ? draft.reportDigest() : e.approvedDigest();
            view.drafts.set(last, draft.withReaction(new Reaction(e.reaction(), approved, e.actor(), e.occurredAt())
                    .against(draft.reportDigest())));
            view.status = INSTITUTION_REACTED;
        } else {
            foldOutcome(view, event);
        }
    }

    private static void foldOutcome(DialogueView view, DialogueEvent event) {
        if (event instanceof DialogueReportFinalised e) {
            answerReaction(view, e.reactionAnswer(), e.actor(), e.occurredAt());
            view.finalReport = new FinalReport(e.draftRevision(), e.conclusions(), e.recommendations(),
                    e.stakeholderMix(), e.reportDigest(), e.approvedDigest(), e.actor(), e.occurredAt());
            view.status = FINALISED;
        } else if (event instanceof DialogueReportPublished e) {
            view.publication = new Publication(e.summary(), e.occurredAt());
            view.status = PUBLISHED;
        } else if (event instanceof RecommendationAdopted e) {
            AgendaItem item = new AgendaItem();
            item.agendaItemId = e.agendaItemId();
            item.recommendationId = e.recommendationId();
            item.description = e.description();
            item.owner = e.owner();
            item.dueDate = e.dueDate();
            view.agenda.add(item);
        } else if (event instanceof RecommendationDeclined e) {
            view.declined.add(new DeclinedRecommendation(e.recommendationId(), e.reason(), e.occurredAt()));
        } else if (event instanceof AgendaProgressRecorded e) {
            agendaItem(view, e.agendaItemId()).forEach(item -> item.progress.add(new Progress(e.note(), e.occurredAt())));
        } else if (event instanceof AgendaItemCompleted e) {
            agendaItem(view, e.agendaItemId()).forEach(item -> {
                item.status = AgendaStatus.COMPLETED;
                item.evidence = e.evidence();
                item.completedAt = e.occurredAt();
            });
        }
    }

    /** The answer goes with the reaction it answers, on the draft that was reacted to. */
    private static void answerReaction(DialogueView view, ReactionAnswer answer, Actor by, Instant at) {
        if (answer == null) {
            return;
        }
        for (int i = 0; i < view.drafts.size(); i++) {
            Draft draft = view.drafts.get(i);
            if (draft.revision() == answer.draftRevision() && draft.reaction() != null) {
                view.drafts.set(i, draft.withReaction(draft.reaction().answered(answer.answer(), by, at)));
            }
        }
    }

    private static void refreshMix(DialogueView view) {
        List<List<Participation>> held = view.sessions.stream()
                .filter(s -> s.held).map(s -> s.participants).toList();
        view.stakeholderMix = StakeholderMix.of(held, view.committee());
    }

    private static List<Observation> observation(DialogueView view, String observationId) {
        return view.observations.stream().filter(o -> o.observationId.equals(observationId)).toList();
    }

    private static List<AgendaItem> agendaItem(DialogueView view, String agendaItemId) {
        return view.agenda.stream().filter(i -> i.agendaItemId.equals(agendaItemId)).toList();
    }
}
