package nl.kwaliteitsnetwerk.ledger.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies are read strictly: a repeated key, an unknown field, a fraction for an integer or trailing
 * content after the object is refused (400 with a code), never silently dropped or overwritten. The HTTP
 * converter gets its own copy of the ObjectMapper on purpose: the shared one also reads the event store
 * (Axon's serializer) and the Kafka topics, which must go on reading whatever they hold.
 */
public class StrictRequestJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter.getClass() == MappingJackson2HttpMessageConverter.class) {
                MappingJackson2HttpMessageConverter json = (MappingJackson2HttpMessageConverter) converter;
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    /** The reader of request bodies: the browser forms read their fields through it too (FormCommands). */
    public static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a day is a day: "2023-09-27T00:00:00Z" is an instant, which Jackson would otherwise cut to its UTC date
        strict.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        return strict;
    }
}
