package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentTestBase;

import java.util.List;
import java.util.function.Function;

/** The dialogue-service's OpenAPI document: see {@link OpenApiDocumentTestBase}. */
class OpenApiDocumentTest extends OpenApiDocumentTestBase {

    @Override
    protected String service() {
        return "dialogue-service";
    }

    @Override
    protected List<String> creates() {
        return List.of("POST /dialogues", "POST /panel-reviews", "POST /peer-reviews");
    }

    @Override
    protected Function<Class<?>, String> schemaNames() {
        return SchemaNames.INSTANCE::nameOf;
    }
}
