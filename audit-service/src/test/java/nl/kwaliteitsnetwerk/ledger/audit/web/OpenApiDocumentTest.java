package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentTestBase;

/** The audit-service's OpenAPI document: see {@link OpenApiDocumentTestBase}. */
class OpenApiDocumentTest extends OpenApiDocumentTestBase {

    OpenApiDocumentTest() {
        super("audit-service", SchemaNames.INSTANCE::nameOf, "POST /audits");
    }
}
