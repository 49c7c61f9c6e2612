package nl.kwaliteitsnetwerk.ledger.platform.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Problem+json for every failure, in MVC and in the security filters. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
public class ErrorsAutoConfiguration {

    @Bean
    public ProblemWriter problemWriter(ObjectMapper objectMapper) {
        return new ProblemWriter(objectMapper);
    }

    @Bean
    public ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
