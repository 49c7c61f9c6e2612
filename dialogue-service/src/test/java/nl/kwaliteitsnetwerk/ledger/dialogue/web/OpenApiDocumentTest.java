package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentTestBase;

/** The dialogue-service's OpenAPI document: see {@link OpenApiDocumentTestBase}. */
class OpenApiDocumentTest extends OpenApiDocumentTestBase {

    OpenApiDocumentTest() {
        super("dialogue-service", SchemaNames.INSTANCE::nameOf, "POST /dialogues", "POST /panel-reviews", "POST /peer-reviews");
    }
}
