package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What the platform's own arguments read from the request, documented as what travels: an
 * {@link ExpectedVersion} is the {@code If-Match} header, a {@link Paging} the {@code after} and
 * {@code limit} query parameters ({@link ResolvedArgumentsHidden} keeps the Java arguments out).
 */
class ResolvedArgumentsDocumented implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (takes(handlerMethod, ExpectedVersion.class)) {
            operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                    .description("The version you last saw (its ETag), to act only on that version (409 otherwise); "
                            + "a strong tag such as \"3\", or *. A weak tag is refused (400 weak-etag).")
                    .schema(new StringSchema().pattern("^(\"(0|[1-9][0-9]{0,17})\"|\\*)$").maxLength(20)));
        }
        if (takes(handlerMethod, Paging.class)) {
            operation.addParametersItem(new QueryParameter().name("after").required(false)
                    .description("The cursor from the previous page's next link; absent for the first page")
                    .schema(new StringSchema().maxLength(400)));
            operation.addParametersItem(new QueryParameter().name("limit").required(false)
                    .description("How many items a page holds at most")
                    .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(Paging.MAX_LIMIT))
                            ._default(Paging.DEFAULT_LIMIT)));
        }
        return operation;
    }

    private static boolean takes(HandlerMethod handler, Class<?> type) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.getParameterType().equals(type));
    }
}
