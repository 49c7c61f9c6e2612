package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every text field of every command: each {@code @RequestBody} of each handler of the service, found
 * through Spring's own handler mapping, gets a lone surrogate in each of its texts in turn, and each is
 * refused with 400 {@code invalid-text} naming that field. The requests go through Spring MVC (body
 * reading, the advice, the problem mapping) but around the security filters, as a caller holding every
 * role (on this thread, where MockMvc runs them), since every endpoint checks its roles before it reads
 * the body and the refusal must come from reading it.
 */
public abstract class RequestBodyTextCoverage extends ServiceTestBase {

    private static final String LONE_SURROGATE = "Tekst \ud800 tekst";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(RequestBodyTextCoverage.class);

    @Autowired
    private WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    /** The commands' bodies this service must have, so a mapping that finds none cannot pass. */
    protected abstract List<String> expectedBodies();

    @BeforeEach
    void asACallerWithEveryRole() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "text-coverage", null, Arrays.stream(Role.values())
                        .map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLoneSurrogateInAnyTextOfAnyRequestBodyIsRefusedNamingTheField() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        List<String> bodies = new ArrayList<>();
        int texts = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlers.getHandlerMethods().entrySet()) {
            for (MethodParameter parameter : handler.getValue().getMethodParameters()) {
                if (!parameter.hasParameterAnnotation(RequestBody.class)) {
                    continue;
                }
                bodies.add(parameter.getParameterType().getSimpleName());
                for (String field : RequestBodySamples.textPaths(parameter.getGenericParameterType())) {
                    JsonNode body = RequestBodySamples.holding(parameter.getGenericParameterType(), field, LONE_SURROGATE);
                    MockHttpServletResponse response = mvc.perform(request(method(handler.getKey()), url(handler.getKey()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(CanonicalTextAssertions.escapedJson(body))).andReturn().getResponse();
                    String what = handler.getKey() + " with a lone surrogate in " + field + ": " + response.getContentAsString();
                    assertThat(response.getStatus()).as(what).isEqualTo(400);
                    assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
                    JsonNode problem = JSON.readTree(response.getContentAsString());
                    assertThat(problem.path("code").asText()).as(what).isEqualTo("invalid-text");
                    assertThat(problem.path("field").asText()).as(what).isEqualTo(field);
                    texts++;
                }
            }
        }
        assertThat(bodies).containsAll(expectedBodies());
        assertThat(texts).as("texts checked in %s", bodies).isGreaterThanOrEqualTo(bodies.size());
        log.info("a lone surrogate refused in each of {} texts of {} request bodies: {}", texts, bodies.size(), bodies);
    }

    private static HttpMethod method(RequestMappingInfo mapping) {
        return HttpMethod.valueOf(mapping.getMethodsCondition().getMethods().iterator().next().name());
    }

    /** The mapping's pattern with every path variable filled in; the refusal comes before anything looks the id up. */
    private static String url(RequestMappingInfo mapping) {
        return mapping.getPathPatternsCondition().getFirstPattern().getPatternString().replaceAll("\\{[^}]+}", "x1");
    }
}
