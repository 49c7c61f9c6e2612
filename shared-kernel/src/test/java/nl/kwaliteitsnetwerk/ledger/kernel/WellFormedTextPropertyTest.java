package nl.kwaliteitsnetwerk.ledger.kernel;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The text rule against an oracle written differently (the JDK's UTF-8 encoder for well-formedness,
 * the Unicode category for controls), over every UTF-16 unit and over strings built to hit the edges;
 * and why the rule is there: exactly the text it accepts is hashed as it is stored (UTF-8 and back).
 */
class WellFormedTextPropertyTest {

    @Property(tries = 3000)
    void acceptsExactlyTheCanonicalText(@ForAll("hostileText") String text) {
        assertThat(WellFormedText.isWellFormed(text)).as(escaped(text)).isEqualTo(canonical(text));
    }

    @Property(tries = 3000)
    void acceptsExactlyTheCanonicalTextOverEveryUtf16Unit(@ForAll @CharRange(from = '\u0000', to = '\uffff') String text) {
        assertThat(WellFormedText.isWellFormed(text)).as(escaped(text)).isEqualTo(canonical(text));
    }

    @Property(tries = 2000, maxDiscardRatio = 20)
    void acceptedTextIsHashedExactlyAsItIsStored(@ForAll("hostileText") String text) {
        Assume.that(WellFormedText.isWellFormed(text));
        String stored = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(stored).isEqualTo(text);
        assertThat(LedgerHash.contentDigest(List.of(eventHolding(stored))))
                .isEqualTo(LedgerHash.contentDigest(List.of(eventHolding(text))));
    }

    @Property(tries = 500)
    void textWithALoneSurrogateWouldBeStoredOtherwiseThanHashed(@ForAll("textWithALoneSurrogate") String text) {
        String stored = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(stored).isNotEqualTo(text);
        assertThat(WellFormedText.isWellFormed(text)).isFalse();
    }

    @Example
    void aRefusalNamesTheFieldTheCodePointAndTheIndexButNotTheText() {
        assertThatThrownBy(() -> WellFormedText.require("evidence[1].reference", "ab\ud800x"))
                .isInstanceOfSatisfying(InvalidText.class, refused -> {
                    assertThat(refused.field()).isEqualTo("evidence[1].reference");
                    assertThat(refused.errorCode()).isEqualTo(CommonErrors.INVALID_TEXT);
                    assertThat(refused.getMessage()).contains("evidence[1].reference", "U+D800", "index 2")
                            .doesNotContain("\ud800");
                });
    }

    @Example
    void tabAndLineFeedAreTextButCarriageReturnIsNot() {
        assertThat(WellFormedText.isWellFormed("regel 1\n\tregel 2")).isTrue();
        assertThat(WellFormedText.firstFlaw("regel 1\r\nregel 2")).hasValueSatisfying(flaw -> {
            assertThat(flaw.index()).isEqualTo(7);
            assertThat(flaw.reason()).contains("U+000D");
        });
        assertThat(WellFormedText.isWellFormed("\uD83D\uDE00 \u00e9\u20ac")).as("pairs and accents are text").isTrue();
        assertThat(WellFormedText.isWellFormed("\uD83F\uDFFE")).as("U+1FFFE is a noncharacter").isFalse();
    }

    /** Pieces that meet at the edges: ASCII, any UTF-16 unit (lone surrogates too), any code point, and named edges. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.chars().ascii().map(String::valueOf)),
                Tuple.of(3, Arbitraries.chars().range('\u0000', '\uffff').map(String::valueOf)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)),
                Tuple.of(2, Arbitraries.of(0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x9F, 0xA0, 0xD7FF, 0xD800, 0xDBFF,
                        0xDC00, 0xDFFF, 0xE000, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600,
                        0x1FFFE, 0x10FFFD, 0x10FFFF).map(Character::toString)));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    /** Hostile text around one surrogate that cannot pair: a high one before 'x', or a low one after it. */
    @Provide
    Arbitrary<String> textWithALoneSurrogate() {
        Arbitrary<String> lone = Arbitraries.oneOf(
                Arbitraries.chars().range('\ud800', '\udbff').map(high -> high + "x"),
                Arbitraries.chars().range('\udc00', '\udfff').map(low -> "x" + low));
        return Combinators.combine(hostileText(), lone, hostileText()).as((before, surrogate, after) -> before + surrogate + after);
    }

    /** The oracle: what UTF-8 can carry, with no control character but tab and line feed, and no noncharacter. */
    static boolean canonical(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text) && text.codePoints().noneMatch(cp ->
                (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n')
                        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFF) >= 0xFFFE);
    }

    private static CommittedEvent eventHolding(String text) {
        return new CommittedEvent("Audit", "audit-1", 0, "e-0", "2027-03-01T10:00:00Z", "nl.example.FindingRecorded",
                null, text, text);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
