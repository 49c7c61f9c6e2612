package nl.kwaliteitsnetwerk.ledger.platform.ledger;

/**
 * Thrown where a read of the ledger meets a break: nothing read past it is served, and nothing is
 * appended to the aggregate it concerns. Answered as 503 problem+json {@code ledger-integrity}.
 */
public class LedgerIntegrityException extends RuntimeException {

    private final transient LedgerBreak broken;

    public LedgerIntegrityException(LedgerBreak broken) {
        super("The ledger does not verify here: " + broken.describe());
        this.broken = broken;
    }

    public LedgerBreak broken() {
        return broken;
    }
}
