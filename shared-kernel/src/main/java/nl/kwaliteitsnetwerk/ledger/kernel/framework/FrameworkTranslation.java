package nl.kwaliteitsnetwerk.ledger.kernel.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How the standards of one framework version map onto those of a later one, as decided by an authority on a date
 * (the inspectorate translated KA1 of its 2017 framework to BKA1-3 of 2021). A judgement made under the older
 * version can be carried over into an assessment under the newer one only along such a translation, and the trail
 * then shows it in both forms. Like a framework version, a translation once shipped is never changed.
 */
public record FrameworkTranslation(FrameworkRef from, FrameworkRef to, String authority, LocalDate decidedOn,
                                   List<StandardTranslation> standards) {

    public FrameworkTranslation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(decidedOn, "decidedOn");
        standards = List.copyOf(standards);
    }

    /** The standards of {@link #to} that {@code fromStandard} was translated to; empty when it was not. */
    public List<String> translate(String fromStandard) {
        return standards.stream().filter(s -> s.fromStandard().equals(fromStandard)).findFirst()
                .map(StandardTranslation::toStandards).orElse(List.of());
    }
}
