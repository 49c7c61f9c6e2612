package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** A handler that answers 201 Created is documented so, with its Location and ETag, instead of 200. */
class CreatedResponses implements OperationCustomizer {

    private final CreatingHandlers creating = new CreatingHandlers();

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiResponses responses = operation.getResponses();
        if (responses == null || !creating.creates(handlerMethod.getMethod())) {
            return operation;
        }
        ApiResponse created = responses.containsKey("200") ? responses.remove("200") : responses.remove("201");
        if (created == null) {
            created = new ApiResponse();
        }
        created.description("Created")
                .addHeaderObject("Location", new Header().description("Where the created resource is read")
                        .required(true).schema(new StringSchema().format("uri-reference")))
                .addHeaderObject("ETag", new Header().description("The created resource's version, for If-Match")
                        .schema(new StringSchema()));
        ApiResponses reordered = new ApiResponses();
        reordered.addApiResponse("201", created);
        responses.forEach(reordered::addApiResponse);
        return operation.responses(reordered);
    }
}
