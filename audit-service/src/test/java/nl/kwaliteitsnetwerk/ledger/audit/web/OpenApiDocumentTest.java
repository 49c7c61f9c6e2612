package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiLint;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;

/** The service's OpenAPI document describes the HTTP interface a generated client needs, and no more. */
class OpenApiDocumentTest extends ServiceTestBase {

    private static final String SERVICE = "audit-service";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    @Test
    void theDocumentNamesNoInternalArgumentAndEveryOperationUniquely() {
        JsonNode document = OpenApiDocumentChecks.fetchAndWrite(api(), SERVICE);
        OpenApiDocumentChecks.noInternalParameters(document, "caller", "expectedVersion");
        OpenApiDocumentChecks.operationIdsAreUniqueAndNamed(document);
    }

    @Test
    void createsAnswer201WithLocationAndEveryErrorIsAProblem() {
        JsonNode document = OpenApiDocumentChecks.fetchAndWrite(api(), SERVICE);
        OpenApiDocumentChecks.createsAnswer201(document, "POST /audits");
        OpenApiDocumentChecks.errorsAreProblems(document);
    }

    @Test
    void everyAnswerNamesItsShape() {
        OpenApiDocumentChecks.answersAreTyped(OpenApiDocumentChecks.fetchAndWrite(api(), SERVICE));
    }

    @Test
    void noTwoClassesShareASchemaName() {
        OpenApiDocumentChecks.schemaNamesAreUnique(handlers, SchemaNames.INSTANCE::nameOf);
    }

    @Test
    void theLinterFindsNoError() throws Exception {
        OpenApiDocumentChecks.fetchAndWrite(api(), SERVICE);
        OpenApiLint.assertNoErrors(Path.of("target", "openapi", SERVICE + ".json"));
    }
}
