package nl.kwaliteitsnetwerk.ledger.kernel.publicfeed;

import java.util.List;

/** The public facts the feed carries, each with schema version 1. */
public final class PublicFactTypes {

    public static final String AUDIT_REPORT_PUBLISHED = "audit.report-published";
    public static final String AUDIT_FOLLOW_UP_STATUS = "audit.follow-up-status";
    /** A published audit report's process dates, version digests, approvals, carried-over judgements and term. */
    public static final String AUDIT_REPORT_RECORD = "audit.report-record";
    public static final String AUDIT_BOARD_REACTED = "audit.board-reacted";
    public static final String DIALOGUE_REPORT_PUBLISHED = "dialogue.report-published";
    public static final String DIALOGUE_FOLLOW_UP_STATUS = "dialogue.follow-up-status";
    public static final String PANEL_REPORT_PUBLISHED = "panel-review.report-published";
    public static final String PANEL_BOARD_REACTED = "panel-review.board-reacted";
    public static final String VALIDATION_REPORT_PUBLISHED = "validation.report-published";
    /** The inspectorate's follow-up supervision term of an institution: set, tightened by a signal, ended. */
    public static final String SUPERVISION_TERM = "supervision.term";
    /** A follow-up action of a published report that passed its due date undone. */
    public static final String SUPERVISION_FOLLOW_UP_OVERDUE = "supervision.follow-up-overdue";

    public static final List<String> ALL = List.of(AUDIT_REPORT_PUBLISHED, AUDIT_FOLLOW_UP_STATUS,
            AUDIT_REPORT_RECORD, AUDIT_BOARD_REACTED,
            DIALOGUE_REPORT_PUBLISHED, DIALOGUE_FOLLOW_UP_STATUS, PANEL_REPORT_PUBLISHED, PANEL_BOARD_REACTED,
            VALIDATION_REPORT_PUBLISHED, SUPERVISION_TERM, SUPERVISION_FOLLOW_UP_OVERDUE);

    public static final int SCHEMA_VERSION = 1;

    private PublicFactTypes() {
    }
}
