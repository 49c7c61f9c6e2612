package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.Recommendation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.StakeholderMix;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.FoldedView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read model of one institutional dialogue, folded from its events by {@link DialogueViewFolder}.
 * A document, deliberately mutable; {@code version} is the sequence number of the last event applied.
 */
public class DialogueView extends FoldedView {

    public String dialogueId;
    public InstitutionRef institution;
    public String question;
    public String theme;
    public LocalDate plannedDate;
    public DialogueStatus status;
    public Instant openedAt;
    public Assessor chair;
    public Assessor secretary;
    public List<Assessor> members = new ArrayList<>();
    public List<Preparation> preparation = new ArrayList<>();
    public List<Session> sessions = new ArrayList<>();
    public List<Observation> observations = new ArrayList<>();
    public List<Draft> drafts = new ArrayList<>();
    public FinalReport finalReport;
    public Publication publication;
    public List<AgendaItem> agenda = new ArrayList<>();
    public List<DeclinedRecommendation> declined = new ArrayList<>();
    public StakeholderMix stakeholderMix = new StakeholderMix(List.of());

    public List<String> committeeUserIds() {
        return committee().stream().map(Assessor::userId).toList();
    }

    public List<Assessor> committee() {
        List<Assessor> committee = new ArrayList<>();
        Optional.ofNullable(chair).ifPresent(committee::add);
        Optional.ofNullable(secretary).ifPresent(committee::add);
        committee.addAll(members);
        return committee;
    }

    public record Preparation(String preparationId, String kind, String title, Integer respondents, String content,
                              Actor recordedBy, Instant recordedAt) {
    }

    public static class Session {
        public String sessionId;
        public LocalDate date;
        public String topic;
        public boolean held;
        public List<Participation> participants = new ArrayList<>();
        public String discussed;
        public Instant heldAt;
    }

    public static class Observation {
        public String observationId;
        public String sessionId;
        public DialogueLens lens;
        public String text;
        public int revision;
        public boolean retracted;
        public String lastReason;
        public Actor recordedBy;
        public Instant recordedAt;
    }

    /** A draft with its content digest, which the institution's reaction and the finalisation cite. */
    public record Draft(int revision, Map<DialogueLens, String> conclusions, List<Recommendation> recommendations,
                        String reportDigest, Actor draftedBy, Instant draftedAt, Reaction reaction) {

        Draft withReaction(Reaction reaction) {
            return new Draft(revision, conclusions, recommendations, reportDigest, draftedBy, draftedAt, reaction);
        }
    }

    /**
     * The institution's reaction to a draft, citing that draft's digest, and the committee's answer once the next
     * version of the report gave it. {@code stale}: a later draft has other content than the one it approved.
     */
    public record Reaction(String text, String approvedDigest, boolean stale, Actor by, Instant at, String answer,
                           Actor answeredBy, Instant answeredAt) {

        public Reaction(String text, String approvedDigest, Actor by, Instant at) {
            this(text, approvedDigest, false, by, at, null, null, null);
        }

        Reaction answered(String answer, Actor answeredBy, Instant answeredAt) {
            return new Reaction(text, approvedDigest, stale, by, at, answer, answeredBy, answeredAt);
        }

        /** Derived, never stored: the reaction approved other content than the report's current version. */
        Reaction against(String currentDigest) {
            return new Reaction(text, approvedDigest, !approvedDigest.equals(currentDigest), by, at, answer,
                    answeredBy, answeredAt);
        }
    }

    /** The final report with its digest, and the digest of the draft it finalised ({@code approvedDigest}). */
    public record FinalReport(int draftRevision, Map<DialogueLens, String> conclusions,
                              List<Recommendation> recommendations, StakeholderMix stakeholderMix, String reportDigest,
                              String approvedDigest, Actor finalisedBy, Instant finalisedAt) {
    }

    public record Publication(String summary, Instant publishedAt) {
    }

    public static class AgendaItem {
        public String agendaItemId;
        public String recommendationId;
        public String description;
        public String owner;
        public LocalDate dueDate;
        public AgendaStatus status = AgendaStatus.OPEN;
        public List<Progress> progress = new ArrayList<>();
        public String evidence;
        public Instant completedAt;
    }

    public enum AgendaStatus { OPEN, COMPLETED }

    public record Progress(String note, Instant at) {
    }

    public record DeclinedRecommendation(String recommendationId, String reason, Instant at) {
    }
}
