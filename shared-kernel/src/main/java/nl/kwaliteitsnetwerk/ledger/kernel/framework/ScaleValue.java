package nl.kwaliteitsnetwerk.ledger.kernel.framework;

/** One value a judgement may take, e.g. profile "3" (Een integraal kwaliteitssysteem) or "VOLDOENDE". */
public record ScaleValue(String code, String label) {
}
