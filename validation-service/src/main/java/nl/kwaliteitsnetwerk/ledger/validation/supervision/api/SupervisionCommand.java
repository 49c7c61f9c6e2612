package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

/** A command on one institution's supervision calendar. */
public sealed interface SupervisionCommand permits RecordCycleVisit, TrackFollowUp, RescheduleFollowUp,
        MarkFollowUpDone, AdoptReportedTerm, SetSupervisionTerm, RecordSignal, ExcludeFromCycle {

    String institutionCode();
}
