package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;

/** The rules of dialogues, peer reviews and panel reviews; a command that breaks one is refused with its code. */
public enum DialogueRule implements ErrorCode {
    REQUIRED_TEXT("required-text", ErrorCategory.INVALID_INPUT),
    QUESTION_SPECIFIC("question-not-specific", ErrorCategory.INVALID_INPUT),
    QUESTION_NAMES_SUBJECT("question-names-no-subject", ErrorCategory.INVALID_INPUT),
    QUESTION_STATES_USE("question-states-no-use", ErrorCategory.INVALID_INPUT),
    ONLY_OWN_INSTITUTION("only-own-institution", ErrorCategory.NOT_PERMITTED),
    MEMBERS_WELL_FORMED("members-well-formed", ErrorCategory.INVALID_INPUT),
    ASSESSOR_INDEPENDENT("assessor-not-independent", ErrorCategory.CONFLICT),
    PANEL_COMPOSITION("panel-composition", ErrorCategory.INVALID_INPUT),
    WRONG_PHASE("not-allowed-in-this-phase", ErrorCategory.CONFLICT),
    ONLY_COMMITTEE("only-dialogue-committee", ErrorCategory.NOT_PERMITTED),
    ONLY_CHAIR_OR_SECRETARY("only-chair-or-secretary", ErrorCategory.NOT_PERMITTED),
    ONLY_CHAIR("only-chair", ErrorCategory.NOT_PERMITTED),
    ONLY_INSTITUTION("only-the-institution", ErrorCategory.NOT_PERMITTED),
    ONLY_PROCESS_GUIDE("only-process-guide", ErrorCategory.NOT_PERMITTED),
    ONLY_PANEL("only-panel", ErrorCategory.NOT_PERMITTED),
    UNIQUE_ID("id-already-used", ErrorCategory.CONFLICT),
    PARTICIPANTS_COUNTED("participants-counted", ErrorCategory.INVALID_INPUT),
    UNKNOWN_SESSION("unknown-session", ErrorCategory.NOT_FOUND),
    SESSION_HELD_ONCE("session-already-held", ErrorCategory.CONFLICT),
    SESSION_NOT_HELD("session-not-held", ErrorCategory.CONFLICT),
    UNKNOWN_OBSERVATION("unknown-observation", ErrorCategory.NOT_FOUND),
    OBSERVATION_RETRACTED("observation-retracted", ErrorCategory.CONFLICT),
    REASON_REQUIRED("reason-required", ErrorCategory.INVALID_INPUT),
    CONCLUSION_NEEDS_OBSERVATION("conclusion-needs-observation", ErrorCategory.CONFLICT),
    CONCLUSION_STAYS_SUBSTANTIATED("conclusion-would-lose-its-observations", ErrorCategory.CONFLICT),
    RECOMMENDATION_NEEDS_CONCLUSION("recommendation-needs-conclusion", ErrorCategory.INVALID_INPUT),
    REACTION_TO_LATEST_DRAFT("no-reaction-to-latest-draft", ErrorCategory.CONFLICT),
    REACTION_ANSWERED("reaction-not-answered", ErrorCategory.CONFLICT),
    UNKNOWN_RECOMMENDATION("unknown-recommendation", ErrorCategory.NOT_FOUND),
    RECOMMENDATION_DECIDED_ONCE("recommendation-already-decided", ErrorCategory.CONFLICT),
    DUE_DATE_IN_FUTURE("due-date-not-in-future", ErrorCategory.INVALID_INPUT),
    UNKNOWN_AGENDA_ITEM("unknown-agenda-item", ErrorCategory.NOT_FOUND),
    AGENDA_ITEM_OPEN("agenda-item-completed", ErrorCategory.CONFLICT),
    TEAMS_WELL_FORMED("teams-well-formed", ErrorCategory.INVALID_INPUT),
    UNKNOWN_TEAM("unknown-team", ErrorCategory.NOT_FOUND),
    TEAM_REPORT_NEEDS_SESSION("team-report-needs-session", ErrorCategory.CONFLICT),
    EVERY_TEAM_REPORTED("not-every-team-reported", ErrorCategory.CONFLICT),
    UNKNOWN_FRAMEWORK("unknown-framework", ErrorCategory.INVALID_INPUT),
    STANDARD_IN_FRAMEWORK("standard-not-in-framework", ErrorCategory.INVALID_INPUT),
    VALUE_ON_SCALE("judgement-not-on-scale", ErrorCategory.INVALID_INPUT),
    OUTCOMES_REQUIRED("outcomes-required", ErrorCategory.INVALID_INPUT),
    JUDGEMENT_NEEDS_SELF_EVALUATION("judgement-needs-self-evaluation", ErrorCategory.CONFLICT),
    ALL_STANDARDS_JUDGED("not-all-standards-judged", ErrorCategory.CONFLICT),
    REACTED_ONCE("already-reacted", ErrorCategory.CONFLICT),
    APPROVED_DIGEST_REQUIRED("approved-digest-required", ErrorCategory.INVALID_INPUT),
    STALE_CONTENT("stale-content", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    DialogueRule(String code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
