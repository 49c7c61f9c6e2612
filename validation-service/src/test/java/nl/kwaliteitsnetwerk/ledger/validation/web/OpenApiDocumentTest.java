package nl.kwaliteitsnetwerk.ledger.validation.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentTestBase;

/** The validation-service's OpenAPI document: see {@link OpenApiDocumentTestBase}. */
class OpenApiDocumentTest extends OpenApiDocumentTestBase {

    /** A review is created as an aggregate of its own (version 0), at its own address. */
    OpenApiDocumentTest() {
        super("validation-service", SchemaNames.INSTANCE::nameOf, "POST /committee", "POST /validation-reviews");
    }
}
