package nl.kwaliteitsnetwerk.ledger.testsupport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Arbitrary text for the properties that run through a service: mostly printable ASCII, with any
 * UTF-16 unit (lone surrogates too), any code point and the named edges mixed in, in short strings,
 * so that about a quarter breaks the text rule and the rest must be kept exactly. The
 * samples come from a fixed seed, so a failing run is repeated by running it again.
 */
public final class HostileText {

    /** What broke the ledger or nearly did: lone surrogates, controls, noncharacters, and text that is fine. */
    public static final List<String> EDGES = List.of("", "\ud800x", "x\udc00", "\udbff", "\u0000", "\r\n", "\t\n",
            "\u007f", "\u0085", "\u009f", "\ufdd0", "\ufdef", "\ufffe", "\uffff", "\ud83f\udffe", "\udbff\udfff",
            "\ud83d\ude00", "\u00e9\u20ac", "\u2028\u2029", "\u200b\ufeff", "  ", "\"\\/", "<script>");

    private HostileText() {
    }

    /**
     * What a one-line field must refuse, written here as the Unicode standard names it (control characters,
     * line and paragraph separators, the bidirectional marks, embeddings, overrides and isolates), apart from
     * the platform's own validator, so that a property over API answers does not take its expectation from
     * the code it tests.
     */
    private static final Pattern NOT_ONE_LINE =
            Pattern.compile("[\\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    /** Whether a one-line field (a name, a title, a code, a reference) takes {@code text}. */
    public static boolean isOneLine(String text) {
        return !NOT_ONE_LINE.matcher(text).find();
    }

    public static Arbitrary<String> strings() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().range('\u0000', '\uffff').map(String::valueOf)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)),
                Tuple.of(1, Arbitraries.of(EDGES)));
        return piece.list().ofMaxSize(10).map(pieces -> String.join("", pieces));
    }

    /** The named edges, then random strings from {@code seed} (jqwik's edge cases mixed in): {@code count} in all. */
    public static List<String> samples(int count, long seed) {
        List<String> samples = new ArrayList<>(EDGES.subList(0, Math.min(count, EDGES.size())));
        JqwikSession.run(() -> strings().generatorWithEmbeddedEdgeCases(100).stream(new Random(seed))
                .limit(Math.max(0, count - samples.size())).map(Shrinkable::value).forEach(samples::add));
        return samples;
    }

    /** The text with everything outside printable ASCII written as {@code \\uXXXX}: shows a sample exactly in a message. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
