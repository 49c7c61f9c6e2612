package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StandardDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The vocabulary of the specific-question rule: what it names, and how a term is matched. */
class QuestionVocabularyTest {

    private final QuestionVocabulary vocabulary = QuestionVocabulary.inForce();

    @Test
    void everyStakeholderGroupStandardOfTheModelAndCapacityIsASubject() {
        List<String> standards = FrameworkCatalog.shipped().all().stream()
                .filter(f -> f.ref().id().equals("referentiewaardenmodel-mbo"))
                .flatMap(f -> f.standards().stream()).map(StandardDefinition::code).toList();
        List<String> expected = Stream.of(Stream.of(StakeholderCategory.values()).map(Enum::name), standards.stream(),
                Stream.of(DialogueLens.values()).map(Enum::name)).flatMap(s -> s).toList();
        assertThat(standards).isNotEmpty();
        assertThat(QuestionVocabulary.read(QuestionVocabulary.SHIPPED).subjectNames()).containsAll(expected);
    }

    @Test
    void aTermMatchesFromTheStartOfAWordInAnySpelling() {
        assertThat(vocabulary.subjectOf("Hoe ervaren STUDÉNTEN het?")).contains("STUDENTS");
        assertThat(vocabulary.subjectOf("de BPV-periode van eerstejaars")).isPresent();
        assertThat(vocabulary.subjectOf("an example of quality at our school")).isEmpty();
        assertThat(vocabulary.subjectOf("Hoe verbeteren we de onderwijskwaliteit?")).isEmpty();
    }

    @Test
    void aUseIsAPhraseOfPurposeWithWordsBetweenWhereTheTermAllowsThem() {
        assertThat(vocabulary.useOf("om daarmee onze examinering bij te stellen")).contains("om * te");
        assertThat(vocabulary.useOf("Om de drie jaar")).isEmpty();
        assertThat(vocabulary.useOf("so that we can decide")).contains("so that");
        assertThat(vocabulary.useOf("How can we improve the quality of our education at our school?")).isEmpty();
        assertThat(vocabulary.useOf("voor onze ontwikkelagenda 2028")).isEqualTo(Optional.of("ontwikkelagenda*"));
    }
}
