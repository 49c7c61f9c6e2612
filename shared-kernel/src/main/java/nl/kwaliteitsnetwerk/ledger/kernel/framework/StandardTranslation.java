package nl.kwaliteitsnetwerk.ledger.kernel.framework;

import java.util.List;

/** One standard of an older framework and the standards of a newer one it was translated to. */
public record StandardTranslation(String fromStandard, List<String> toStandards) {

    public StandardTranslation {
        toStandards = List.copyOf(toStandards);
    }
}
