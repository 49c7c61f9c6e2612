package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The institution's reactions to the drafts of a dialogue report and whether the committee answered them
 * (validation question V3). A reaction to draft N is answered by the first redraft or final report whose
 * {@code reactionAnswer.draftRevision} is N; the days to the answer count business dates ({@link BusinessDates}).
 * A later version that carries no {@code reactionAnswer} at all was published before answers were recorded (the
 * dialogue service now refuses a version that leaves the reaction to its predecessor unanswered): its reactions are
 * {@link Status#NOT_RECORDED}, never counted as unanswered. Counts and dates only: the text of a reaction or an
 * answer is confidential and never read here.
 */
public record DraftReactions(int received, int answered, List<Integer> unanswered, List<Integer> notRecorded,
                             List<DraftReaction> reactions) {

    public DraftReactions {
        unanswered = unanswered == null ? List.of() : List.copyOf(unanswered);
        notRecorded = notRecorded == null ? List.of() : List.copyOf(notRecorded);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    public static final DraftReactions NONE = new DraftReactions(0, 0, List.of(), List.of(), List.of());

    /** What became of a reaction: answered, awaiting its answer, or from before answers were recorded. */
    public enum Status { ANSWERED, UNANSWERED, NOT_RECORDED }

    /** The version of the report that answered a reaction. */
    public enum AnsweredBy { REDRAFT, FINAL_REPORT }

    /** One reaction to draft {@code draftRevision}: when it came, and when and by what it was answered. */
    public record DraftReaction(int draftRevision, Instant reactedAt, LocalDate reactedOn, Status status,
                                AnsweredBy answeredBy, Instant answeredAt, LocalDate answeredOn, Long daysToAnswer) {

        private DraftReaction answered(AnsweredBy version, TrailEntry entry) {
            return new DraftReaction(draftRevision, reactedAt, reactedOn, Status.ANSWERED, version, entry.occurredAt(),
                    entry.occurredOn(), reactedOn == null || entry.occurredOn() == null ? null
                    : ChronoUnit.DAYS.between(reactedOn, entry.occurredOn()));
        }

        private DraftReaction notRecorded() {
            return new DraftReaction(draftRevision, reactedAt, reactedOn, Status.NOT_RECORDED, null, null, null, null);
        }
    }

    /** The reactions of a dialogue report folded from its entries, in the report's order. */
    public static DraftReactions of(List<TrailEntry> entries) {
        DraftReactions folded = NONE;
        for (TrailEntry entry : entries.stream().sorted(Comparator.comparingLong(TrailEntry::sequenceNumber)).toList()) {
            folded = folded.with(entry);
        }
        return folded;
    }

    /** These reactions after the report's next entry. */
    public DraftReactions with(TrailEntry entry) {
        JsonNode p = entry.payload();
        return switch (entry.eventType()) {
            case "dialogue.institution-reacted-to-draft" -> counted(concat(reactions, new DraftReaction(
                    p.path("draftRevision").asInt(), entry.occurredAt(), entry.occurredOn(), Status.UNANSWERED,
                    null, null, null, null)));
            case "dialogue.dialogue-report-drafted" -> answeredBy(AnsweredBy.REDRAFT, entry, p.path("revision").asInt());
            // the final report closes the dialogue: no draft comes after it to answer a reaction still open
            case "dialogue.dialogue-report-finalised" -> answeredBy(AnsweredBy.FINAL_REPORT, entry, Integer.MAX_VALUE);
            default -> this;
        };
    }

    /**
     * The reactions after a new version of the report, {@code revision}: those it answers are answered; if it
     * carries no answer at all, those to earlier drafts still open were passed over before answers were recorded.
     */
    private DraftReactions answeredBy(AnsweredBy version, TrailEntry entry, int revision) {
        JsonNode answer = entry.payload().path("reactionAnswer");
        boolean recorded = answer.isObject();
        int answers = answer.path("draftRevision").asInt(-1);
        return counted(reactions.stream().map(r -> {
            if (r.status() != Status.UNANSWERED) {
                return r;
            }
            if (recorded && r.draftRevision() == answers) {
                return r.answered(version, entry);
            }
            return !recorded && r.draftRevision() < revision ? r.notRecorded() : r;
        }).toList());
    }

    private static DraftReactions counted(List<DraftReaction> reactions) {
        return new DraftReactions(reactions.size(), (int) reactions.stream().filter(r -> r.status() == Status.ANSWERED).count(),
                revisions(reactions, Status.UNANSWERED), revisions(reactions, Status.NOT_RECORDED), reactions);
    }

    private static List<Integer> revisions(List<DraftReaction> reactions, Status status) {
        return reactions.stream().filter(r -> r.status() == status).map(DraftReaction::draftRevision).toList();
    }

    private static List<DraftReaction> concat(List<DraftReaction> reactions, DraftReaction reaction) {
        return Stream.concat(reactions.stream(), Stream.of(reaction)).toList();
    }
}
