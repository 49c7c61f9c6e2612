package nl.kwaliteitsnetwerk.ledger.kernel.institution;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one form in which institution names are compared. "Business Marketing Services B.V.", "business marketing
 * services bv" and "Business  Marketing Services" are one institution: the name is NFKC-normalised (full-width
 * letters become plain ones), case-folded, stripped of punctuation and of the legal form (B.V., N.V., Stichting,
 * Vereniging), and its spaces collapsed. Letters with accents keep them: "Société" and "Societe" are compared after
 * decomposition without the marks, so a typed accent does not make a second institution.
 */
public final class InstitutionNames {

    private static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "stichting", "vereniging", "vof", "cv");

    private InstitutionNames() {
    }

    /** The normal form of {@code name}; empty for null, blank or a name of nothing but punctuation and legal form. */
    public static String normal(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        // B.V. and N.V. are written with points: join single letters separated by points before splitting words
        String joined = folded.replaceAll("\\b(\\p{L})\\.(?=\\p{L}\\b)", "$1");
        return Arrays.stream(joined.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .filter(word -> !LEGAL_FORMS.contains(word))
                .collect(Collectors.joining(" "));
    }
}
