package nl.kwaliteitsnetwerk.ledger.kernel;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One spelling per institution: codes are normalised before any rule compares them, and what cannot be a code is refused. */
class InstitutionCodeTest {

    @Example
    void spellingsOfOneCodeBecomeThatCode() {
        for (String spelling : new String[] {"29WT", " 29WT ", "29wt", "\uFF12\uFF19\uFF37\uFF34", "\u300029Wt\t"}) {
            assertThat(InstitutionCode.normalise(spelling, "code")).as(spelling).isEqualTo("29WT");
        }
        assertThat(new InstitutionRef(" 29wt", 21274, "ROC Voorbeeld").code()).isEqualTo("29WT");
        assertThat(Actor.forInstitution("roc", "\uFF12\uFF19\uFF37\uFF34").actsFor("29WT")).isTrue();
    }

    @Example
    void invisibleControlSpaceAndLookAlikeCharactersAreRefused() {
        for (String hostile : new String[] {"29WT\u200B", "\u200C29WT", "29\u200DWT", "29WT\u2060", "\uFEFF29WT",
                "29WT\u0000", "29\u0085WT", "29 WT", "29W\u0422", "29WT\ud800"}) {
            assertThatThrownBy(() -> InstitutionCode.normalise(hostile, "affiliationInstitutionCode")).as(hostile)
                    .isInstanceOfSatisfying(InvalidText.class,
                            refused -> assertThat(refused.field()).isEqualTo("affiliationInstitutionCode"));
        }
        assertThatThrownBy(() -> new InstitutionRef("29WT\u200B", 21274, "ROC Voorbeeld"))
                .isInstanceOfSatisfying(InvalidText.class, refused -> assertThat(refused.getMessage()).contains("U+200B"));
    }

    @Example
    void noCodeStaysNoCodeAndBlankIsLeftToTheRulesThatRequireOne() {
        assertThat(InstitutionCode.normalise(null, "code")).isNull();
        assertThat(InstitutionCode.normalise("  ", "code")).isEmpty();
        assertThat(Actor.forInstitution("roc", "29WT").institutionCode()).isEqualTo("29WT");
    }

    @Property
    void aCodeInNormalFormIsLeftUnchanged(@ForAll @StringLength(min = 1, max = 8) @CharRange(from = 'A', to = 'Z')
                                          @NumericChars String code) {
        assertThat(InstitutionCode.normalise(code, "code")).isEqualTo(code);
    }

    @Property
    void normalisingTwiceIsNormalisingOnce(@ForAll @StringLength(max = 8)
                                          @Chars({'a', 'w', 'Z', '2', '9', ' ', '\t', '\u3000', '\uFF12', '\uFF57', '\u00DF'})
                                          String anything) {
        String once;
        try {
            once = InstitutionCode.normalise(anything, "code");
        } catch (InvalidText refused) {
            return;
        }
        assertThat(InstitutionCode.normalise(once, "code")).isEqualTo(once);
    }
}
