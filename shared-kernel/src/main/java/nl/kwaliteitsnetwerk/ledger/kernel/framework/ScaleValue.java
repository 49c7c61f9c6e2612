package nl.kwaliteitsnetwerk.ledger.kernel.framework;

/**
 * One value a judgement may take, e.g. profile "3" (Een integraal kwaliteitssysteem) or "VOLDOENDE".
 * {@code sufficient} says whether the framework counts it as sufficient (true for VOLDOENDE, false for ONVOLDOENDE),
 * or null when the scale has no such meaning (the quality profiles): only a sufficient judgement is carried over
 * into a later assessment.
 */
public record ScaleValue(String code, String label, Boolean sufficient) {

    public ScaleValue(String code, String label) {
        this(code, label, null);
    }

    public boolean isSufficient() {
        return Boolean.TRUE.equals(sufficient);
    }
}
