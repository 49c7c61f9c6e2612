package nl.kwaliteitsnetwerk.ledger.kernel.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The assessment frameworks the ledger knows, read from JSON data files. A framework version,
 * once shipped, is never changed: a new version is a new file, so old judgements keep their meaning.
 */
public final class FrameworkCatalog {

    /** The frameworks that ship with the ledger. */
    public static final List<String> SHIPPED = List.of(
            "frameworks/kwaliteitsnetwerk-instellingsaudit-2013.json",
            "frameworks/inspectie-onderzoekskader-mbo-2021-bka.json",
            "frameworks/referentiewaardenmodel-mbo-2024.json",
            "frameworks/inspectie-onderzoekskader-mbo-2017-ka.json");

    /** The translations between framework versions that ship with the ledger. */
    public static final List<String> SHIPPED_TRANSLATIONS = List.of(
            "framework-translations/inspectie-ka-2017-to-bka-2021.json");

    private final Map<FrameworkRef, AssessmentFramework> frameworks = new LinkedHashMap<>();

    private final List<FrameworkTranslation> translations;

    private FrameworkCatalog(Collection<AssessmentFramework> frameworks, List<FrameworkTranslation> translations) {
        frameworks.forEach(f -> this.frameworks.put(f.ref(), f));
        for (FrameworkTranslation translation : translations) {
            requireStandards(translation.from(), translation.standards().stream().map(StandardTranslation::fromStandard));
            requireStandards(translation.to(), translation.standards().stream().flatMap(s -> s.toStandards().stream()));
        }
        this.translations = List.copyOf(translations);
    }

    /** A translation names only standards its frameworks have: a typo in the data must not ship. */
    private void requireStandards(FrameworkRef ref, Stream<String> codes) {
        AssessmentFramework framework = find(ref).orElseThrow(
                () -> new IllegalStateException("a translation names the unknown framework " + ref));
        codes.filter(code -> !framework.hasStandard(code)).findFirst().ifPresent(code -> {
            throw new IllegalStateException("a translation names " + code + ", which " + ref + " does not have");
        });
    }

    public static FrameworkCatalog shipped() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        return new FrameworkCatalog(
                SHIPPED.stream().map(resource -> read(mapper, resource, AssessmentFramework.class)).toList(),
                SHIPPED_TRANSLATIONS.stream().map(resource -> read(mapper, resource, FrameworkTranslation.class)).toList());
    }

    private static <T> T read(ObjectMapper mapper, String resource, Class<T> type) {
        try (InputStream in = FrameworkCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("framework data file missing: " + resource);
            }
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework data " + resource, e);
        }
    }

    public Optional<AssessmentFramework> find(FrameworkRef ref) {
        return Optional.ofNullable(frameworks.get(ref));
    }

    public Collection<AssessmentFramework> all() {
        return frameworks.values();
    }

    /** The translation from one framework version to another, if one was decided. */
    public Optional<FrameworkTranslation> translation(FrameworkRef from, FrameworkRef to) {
        return translations.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }

    public List<FrameworkTranslation> translations() {
        return translations;
    }
}
