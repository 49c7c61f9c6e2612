package nl.kwaliteitsnetwerk.ledger.kernel.framework;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment frameworks the ledger knows, read from JSON data files. A framework version,
 * once shipped, is never changed: a new version is a new file, so old judgements keep their meaning.
 */
public final class FrameworkCatalog {

    /** The frameworks that ship with the ledger. */
    public static final List<String> SHIPPED = List.of(
            "frameworks/kwaliteitsnetwerk-instellingsaudit-2013.json",
            "frameworks/inspectie-onderzoekskader-mbo-2021-bka.json",
            "frameworks/referentiewaardenmodel-mbo-2024.json");

    private final Map<FrameworkRef, AssessmentFramework> frameworks = new LinkedHashMap<>();

    private FrameworkCatalog(Collection<AssessmentFramework> frameworks) {
        frameworks.forEach(f -> this.frameworks.put(f.ref(), f));
    }

    public static FrameworkCatalog shipped() {
        ObjectMapper mapper = new ObjectMapper();
        return new FrameworkCatalog(SHIPPED.stream().map(resource -> read(mapper, resource)).toList());
    }

    private static AssessmentFramework read(ObjectMapper mapper, String resource) {
        try (InputStream in = FrameworkCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("framework data file missing: " + resource);
            }
            return mapper.readValue(in, AssessmentFramework.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework " + resource, e);
        }
    }

    public Optional<AssessmentFramework> find(FrameworkRef ref) {
        return Optional.ofNullable(frameworks.get(ref));
    }

    public Collection<AssessmentFramework> all() {
        return frameworks.values();
    }
}
