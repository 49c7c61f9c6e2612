package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentTestBase;

import java.util.List;
import java.util.function.Function;

/** The audit-service's OpenAPI document: see {@link OpenApiDocumentTestBase}. */
class OpenApiDocumentTest extends OpenApiDocumentTestBase {

    @Override
    protected String service() {
        return "audit-service";
    }

    @Override
    protected List<String> creates() {
        return List.of("POST /audits");
    }

    @Override
    protected Function<Class<?>, String> schemaNames() {
        return SchemaNames.INSTANCE::nameOf;
    }
}
