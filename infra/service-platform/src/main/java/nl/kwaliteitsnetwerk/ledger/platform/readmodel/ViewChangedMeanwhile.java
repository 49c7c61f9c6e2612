package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

/**
 * A view was written by someone else between being read and being written back (another instance that took
 * over the processor's token, a reset of the read model): nothing is written, and the batch fails, so that the
 * tracking processor handles it again, reading the view anew.
 */
public class ViewChangedMeanwhile extends RuntimeException {

    public ViewChangedMeanwhile(String message) {
        super(message);
    }

    public ViewChangedMeanwhile(String message, Throwable cause) {
        super(message, cause);
    }
}
