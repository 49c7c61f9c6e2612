package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.Recommendation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.StakeholderMix;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The reduced shapes of a dialogue for callers who may not see all of it. */
final class DialogueResponses {

    private DialogueResponses() {
    }

    /** Planning data: no preparation, sessions, observations, drafts or reports. */
    record DialogueSummary(String dialogueId, long version, InstitutionRef institution, String question, String theme,
                           LocalDate plannedDate, DialogueStatus status, List<Assessor> committee, Instant lastChangedAt) {

        static DialogueSummary of(DialogueView view) {
            return new DialogueSummary(view.dialogueId, view.version, view.institution, view.question, view.theme,
                    view.plannedDate, view.status, view.committee(), view.lastChangedAt);
        }
    }

    /**
     * What is public once the report is published: the question, the final conclusions and
     * recommendations, who took part (counts), and where the development agenda stands. No drafts,
     * reactions, observations, nor who owns an agenda item.
     */
    record PublicDialogue(String dialogueId, InstitutionRef institution, String question, String theme,
                          Instant publishedAt, String summary, Map<DialogueLens, String> conclusions,
                          List<Recommendation> recommendations, StakeholderMix stakeholderMix,
                          List<PublicAgendaItem> agenda) {

        static PublicDialogue of(DialogueView view) {
            return new PublicDialogue(view.dialogueId, view.institution, view.question, view.theme,
                    view.publication.publishedAt(), view.publication.summary(), view.finalReport.conclusions(),
                    view.finalReport.recommendations(), view.finalReport.stakeholderMix(),
                    view.agenda.stream().map(PublicAgendaItem::of).toList());
        }
    }

    record PublicAgendaItem(String agendaItemId, String recommendationId, String description, LocalDate dueDate,
                            DialogueView.AgendaStatus status) {

        static PublicAgendaItem of(DialogueView.AgendaItem item) {
            return new PublicAgendaItem(item.agendaItemId, item.recommendationId, item.description, item.dueDate, item.status);
        }
    }
}
