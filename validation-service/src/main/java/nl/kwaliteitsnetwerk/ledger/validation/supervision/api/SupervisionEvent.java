package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/** What the supervision calendar of one institution records; {@code occurredAt} is when it was recorded. */
public sealed interface SupervisionEvent permits CalendarOpened, CycleVisitRecorded, CycleVisitOverdue,
        SupervisionTermSet, SupervisionSignalRecorded, SupervisionTermEnded, FollowUpTracked, FollowUpRescheduled,
        FollowUpDone, FollowUpOverdue, ReportOutsideCycle, ReportPublishedOutsideCycle {

    String institutionCode();

    Instant occurredAt();

    /** Who took the step: the inspectorate for its term and signals; none for what the calendar records by itself. */
    default Actor actor() {
        return null;
    }
}
