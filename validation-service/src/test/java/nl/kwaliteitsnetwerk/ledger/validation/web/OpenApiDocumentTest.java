package nl.kwaliteitsnetwerk.ledger.validation.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentTestBase;

import java.util.List;
import java.util.function.Function;

/** The validation-service's OpenAPI document: see {@link OpenApiDocumentTestBase}. */
class OpenApiDocumentTest extends OpenApiDocumentTestBase {

    @Override
    protected String service() {
        return "validation-service";
    }

    @Override
    protected List<String> creates() {
        // a review is created as an aggregate of its own (version 0), at its own address
        return List.of("POST /committee", "POST /validation-reviews");
    }

    @Override
    protected Function<Class<?>, String> schemaNames() {
        return SchemaNames.INSTANCE::nameOf;
    }
}
