package nl.kwaliteitsnetwerk.ledger.platform.ledger;

/** Ends a restore wherever it is: reading, checking or writing. */
final class RestoreRefused extends RuntimeException {

    private final transient LedgerRestoreReport.Refusal refusal;

    RestoreRefused(LedgerRestoreReport.Refusal refusal) {
        super(refusal.detail(), null, false, false);
        this.refusal = refusal;
    }

    static RestoreRefused unreadable(String detail) {
        return new RestoreRefused(new LedgerRestoreReport.Refusal(LedgerRestoreReport.Reason.UNREADABLE, null, detail, 0));
    }

    static RestoreRefused broken(LedgerBreak broken, long commitsVerified) {
        return new RestoreRefused(new LedgerRestoreReport.Refusal(LedgerRestoreReport.Reason.BROKEN, broken,
                broken.describe(), commitsVerified));
    }

    LedgerRestoreReport.Refusal refusal() {
        return refusal;
    }
}
