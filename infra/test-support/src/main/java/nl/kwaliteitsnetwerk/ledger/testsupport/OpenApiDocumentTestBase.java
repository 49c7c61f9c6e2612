package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A service's OpenAPI document describes the HTTP interface a generated client needs, and no more:
 * no internal argument, unique operation ids, creates as 201 with Location, every error a Problem,
 * every answer typed, no two classes under one schema name, and no linter error.
 */
public abstract class OpenApiDocumentTestBase extends ServiceTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private final String service;
    private final Function<Class<?>, String> schemaNames;
    private final List<String> creates;

    /** For a subclass that overrides {@link #service()}, {@link #creates()} and {@link #schemaNames()}. */
    protected OpenApiDocumentTestBase() {
        this(null, null);
    }

    /**
     * {@code service} as its document is written to {@code target/openapi/<service>.json}; {@code schemaNames} how
     * the platform names a class's schema (the platform's {@code SchemaNames}, which this module cannot see);
     * {@code creates} the operations that create, as {@code "POST /path"}.
     */
    protected OpenApiDocumentTestBase(String service, Function<Class<?>, String> schemaNames, String... creates) {
        this.service = service;
        this.schemaNames = schemaNames;
        this.creates = List.of(creates);
    }

    /** The service's name, as its document is written to {@code target/openapi/<service>.json}. */
    protected String service() {
        return named(service);
    }

    /** The operations that create, as {@code "POST /path"}: exactly these answer 201. */
    protected List<String> creates() {
        return creates;
    }

    /** How the platform names a class's schema (the platform's {@code SchemaNames}). */
    protected Function<Class<?>, String> schemaNames() {
        return named(schemaNames);
    }

    private <T> T named(T value) {
        if (value == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " names neither its service nor its schema "
                    + "names: pass them to the constructor or override service() and schemaNames()");
        }
        return value;
    }

    @Test
    void theDocumentNamesNoInternalArgumentAndEveryOperationUniquely() {
        JsonNode document = OpenApiDocumentChecks.fetchAndWrite(api(), service());
        OpenApiDocumentChecks.noInternalParameters(document, "caller", "expected", "expectedVersion", "paging");
        OpenApiDocumentChecks.operationIdsAreUniqueAndNamed(document);
    }

    @Test
    void createsAnswer201WithLocationAndEveryErrorIsAProblem() {
        JsonNode document = OpenApiDocumentChecks.fetchAndWrite(api(), service());
        OpenApiDocumentChecks.createsAnswer201(document, creates().toArray(String[]::new));
        OpenApiDocumentChecks.errorsAreProblems(document);
    }

    @Test
    void everyOperationSaysWhoMayCallItAndEveryListPages() {
        JsonNode document = OpenApiDocumentChecks.fetchAndWrite(api(), service());
        OpenApiDocumentChecks.everyOperationStatesItsRoles(document);
        OpenApiDocumentChecks.platformOperationsStateTheirRoles(document);
        OpenApiDocumentChecks.listsArePaged(document);
    }

    @Test
    void everyFreeTextHasAMaximumLengthAndOneLineFieldsAndDateWindowsAreDocumented() {
        JsonNode document = OpenApiDocumentChecks.fetchAndWrite(api(), service());
        OpenApiDocumentChecks.freeTextHasAMaximumLength(document);
        OpenApiDocumentChecks.oneLineFieldsAndDateWindowsAreDocumented(document);
    }

    @Test
    void everyAnswerNamesItsShape() {
        OpenApiDocumentChecks.answersAreTyped(OpenApiDocumentChecks.fetchAndWrite(api(), service()));
    }

    @Test
    void noTwoClassesShareASchemaName() {
        OpenApiDocumentChecks.schemaNamesAreUnique(handlers, schemaNames());
    }

    @Test
    void theLinterFindsNoError() throws Exception {
        OpenApiDocumentChecks.fetchAndWrite(api(), service());
        OpenApiLint.assertNoErrors(Path.of("target", "openapi", service() + ".json"));
    }
}
