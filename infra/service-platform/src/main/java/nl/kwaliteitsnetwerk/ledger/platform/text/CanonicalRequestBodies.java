package nl.kwaliteitsnetwerk.ledger.platform.text;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;

/**
 * Refuses a request body holding text that is not canonical, before the handler or its validation
 * sees it: 400 {@code invalid-text} naming the field. Scoped to HTTP request bodies on purpose: the
 * ObjectMapper is shared with the event serializer and the Kafka consumers, which must go on reading
 * whatever the store and the topics hold.
 */
@ControllerAdvice
public class CanonicalRequestBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        TextFields.requireCanonical(body);
        return body;
    }
}
