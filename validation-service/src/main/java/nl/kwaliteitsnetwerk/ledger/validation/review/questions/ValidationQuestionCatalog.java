package nl.kwaliteitsnetwerk.ledger.validation.review.questions;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The versions of the validation questions the committee can review against, read from data files. */
public final class ValidationQuestionCatalog {

    public static final List<String> SHIPPED = List.of("validation-questions/kwaliteitsnetwerk-validatievragen-2025.json");

    private final List<ValidationQuestionSet> sets;

    private ValidationQuestionCatalog(List<ValidationQuestionSet> sets) {
        this.sets = List.copyOf(sets);
    }

    public static ValidationQuestionCatalog shipped() {
        ObjectMapper mapper = new ObjectMapper();
        return new ValidationQuestionCatalog(SHIPPED.stream().map(resource -> read(mapper, resource)).toList());
    }

    private static ValidationQuestionSet read(ObjectMapper mapper, String resource) {
        try (InputStream in = ValidationQuestionCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("question set missing: " + resource);
            }
            return mapper.readValue(in, ValidationQuestionSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read question set " + resource, e);
        }
    }

    public Optional<ValidationQuestionSet> find(String id, String version) {
        return sets.stream().filter(s -> s.id().equals(id) && s.version().equals(version)).findFirst();
    }

    public Collection<ValidationQuestionSet> all() {
        return sets;
    }
}
