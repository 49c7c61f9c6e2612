package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words by which an own question shows what it is about and what its answer is for, as versioned data
 * ({@value #SHIPPED}): the subjects (stakeholder groups, the reference-values model's standards, the Dialoogmodel's
 * capacities, the themes of the frameworks) and the phrases of an intended use ("zodat", "om ... te", "so that",
 * "development agenda"), in Dutch and English. Changing what counts is a change of that file, not of a rule.
 */
public final class QuestionVocabulary {

    /** The vocabulary in force. */
    public static final String SHIPPED = "question-vocabulary/specific-question-2026.json";

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Read after the patterns above, which reading uses. */
    private static final QuestionVocabulary IN_FORCE = read(SHIPPED);

    private final String version;
    private final List<String> subjectNames;
    private final List<Term> subjects;
    private final List<Term> uses;

    /** The shape of a vocabulary file. */
    record VocabularyFile(String version, List<Subject> subjects, List<String> uses) {
    }

    /** One subject and the terms that name it. */
    record Subject(String subject, String kind, List<String> terms) {
    }

    /** A term as a pattern over a question's normal form, and what it names. */
    private record Term(String names, Pattern pattern) {
    }

    private QuestionVocabulary(VocabularyFile file) {
        this.version = file.version();
        this.subjectNames = file.subjects().stream().map(Subject::subject).toList();
        this.subjects = file.subjects().stream()
                .flatMap(s -> s.terms().stream().map(t -> new Term(s.subject(), compile(t)))).toList();
        this.uses = file.uses().stream().map(u -> new Term(u, compile(u))).toList();
    }

    public static QuestionVocabulary inForce() {
        return IN_FORCE;
    }

    static QuestionVocabulary read(String resource) {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = QuestionVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("question vocabulary missing: " + resource);
            }
            return new QuestionVocabulary(mapper.readValue(in, VocabularyFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read question vocabulary " + resource, e);
        }
    }

    public String version() {
        return version;
    }

    /** Every subject the vocabulary knows, e.g. STUDENTS, BEGELEIDING, RESPONSIVE, BPV. */
    public List<String> subjectNames() {
        return subjectNames;
    }

    /** The first subject the question names, e.g. STUDENTS or BPV; empty when it names none. */
    public Optional<String> subjectOf(String question) {
        String normal = normal(question);
        return subjects.stream().filter(t -> t.pattern().matcher(normal).find()).map(Term::names).findFirst();
    }

    /** The phrase by which the question says what its answer is for; empty when it says not. */
    public Optional<String> useOf(String question) {
        String normal = normal(question);
        return uses.stream().filter(t -> t.pattern().matcher(normal).find()).map(Term::names).findFirst();
    }

    /** Lower case, accents dropped, every run of punctuation or space one space: "BPV-periode's" is "bpv periode s". */
    static String normal(String text) {
        String decomposed = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_A_WORD.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** "om * te" and "student*" as patterns on whole words: a lone * is any words between, a final * any ending. */
    private static Pattern compile(String term) {
        StringBuilder regex = new StringBuilder("(?:^| )");
        String[] words = normalTerm(term).split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("*")) {
                regex.append("(?:\\S+ )*?");
                continue;
            }
            boolean prefix = word.endsWith("*");
            regex.append(Pattern.quote(prefix ? word.substring(0, word.length() - 1) : word));
            regex.append(prefix ? "\\S*" : "(?= |$)");
            if (i < words.length - 1) {
                regex.append(' ');
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** A term in the normal form of a question, keeping its stars. */
    private static String normalTerm(String term) {
        String[] words = term.strip().split("\\s+");
        StringBuilder normal = new StringBuilder();
        for (String word : words) {
            boolean star = word.endsWith("*");
            String core = star ? word.substring(0, word.length() - 1) : word;
            normal.append(normal.isEmpty() ? "" : " ").append(core.isEmpty() ? "" : normal(core)).append(star ? "*" : "");
        }
        return normal.toString();
    }
}
