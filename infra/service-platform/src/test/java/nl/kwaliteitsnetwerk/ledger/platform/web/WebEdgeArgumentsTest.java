package nl.kwaliteitsnetwerk.ledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ErrorsAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.ADMINISTRATOR;
import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.AUDITOR;
import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.LEAD_AUDITOR;
import static nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's web edge as a service's handlers meet it: roles stated once and checked before the body
 * is read, the actor recorded in the first of those roles, If-Match as an expected version (weak tags
 * refused), one command reply, and cursor paging, each refusal a problem with its code.
 */
@SpringBootTest(classes = WebEdgeArgumentsTest.Edge.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "qal.security.users[0].name=lead", "qal.security.users[0].password={noop}lead",
                "qal.security.users[0].roles=LEAD_AUDITOR,AUDITOR",
                "qal.security.users[1].name=auditor", "qal.security.users[1].password={noop}auditor",
                "qal.security.users[1].roles=AUDITOR",
                "qal.security.users[2].name=admin", "qal.security.users[2].password={noop}admin",
                "qal.security.users[2].roles=ADMINISTRATOR",
        })
@AutoConfigureMockMvc
class WebEdgeArgumentsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCallerWithoutTheRoleIsRefusedBeforeTheBodyIsRead() throws Exception {
        mvc.perform(as("admin", post("/edge/records/r1/acts").contentType("application/json").content("{not json")))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
    }

    @Test
    void theActorIsRecordedInTheFirstStatedRoleTheCallerHolds() throws Exception {
        mvc.perform(as("lead", act("r1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.createdId").value("lead as LEAD_AUDITOR expecting any"));
        mvc.perform(as("auditor", act("r1")))
                .andExpect(jsonPath("$.createdId").value("auditor as AUDITOR expecting any"));
    }

    @Test
    void everyCommandAnswersTheOneReplyWithTheVersionAsStrongETag() throws Exception {
        mvc.perform(as("lead", act("r7")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value("r7"))
                .andExpect(jsonPath("$.version").value(3));
        mvc.perform(as("admin", post("/edge/records").contentType("application/json").content("{}")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/edge/records/new"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value("new"))
                .andExpect(jsonPath("$.createdId").doesNotExist());
    }

    @Test
    void aStrongTagOrAStarIsTheExpectedVersion() throws Exception {
        mvc.perform(as("lead", act("r1").header("If-Match", "\"12\"")))
                .andExpect(jsonPath("$.createdId").value("lead as LEAD_AUDITOR expecting 12"));
        mvc.perform(as("lead", act("r1").header("If-Match", "*")))
                .andExpect(jsonPath("$.createdId").value("lead as LEAD_AUDITOR expecting any"));
    }

    @Test
    void aWeakTagIsRefused() throws Exception {
        mvc.perform(as("lead", act("r1").header("If-Match", "W/\"12\"")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("weak-etag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "\"-1\"", "\"1.5\"", "\"1\", \"2\"", "\"99999999999999999999\"", "\"\"", "\"012\""})
    void anythingButOneStrongVersionTagIsRefused(String ifMatch) throws Exception {
        mvc.perform(as("lead", act("r1").header("If-Match", ifMatch)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-if-match"));
    }

    @Test
    void pagesWalkTheWholeListOnceInKeyOrder() throws Exception {
        List<Integer> seen = new ArrayList<>();
        String next = "/edge/numbers?kind=odd&limit=4";
        int pages = 0;
        while (next != null) {
            String body = mvc.perform(as("auditor", get(next))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            Map<?, ?> page = new ObjectMapper().readValue(body, Map.class);
            ((List<?>) page.get("items")).forEach(item -> seen.add((Integer) item));
            next = (String) page.get("next");
            assertThat(next == null || next.contains("kind=odd")).as("the filter travels with the link").isTrue();
            pages++;
        }
        assertThat(seen).isEqualTo(IntStream.range(0, 25).filter(n -> n % 2 == 1).boxed().toList());
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aLastFullPageHasNoNextLink() throws Exception {
        mvc.perform(as("auditor", get("/edge/numbers?kind=odd&limit=12")))
                .andExpect(jsonPath("$.items.length()").value(12))
                .andExpect(jsonPath("$.next").value(nullValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=201", "limit=x", "limit=1.5", "after=%25%25", "after=***"})
    void aBadLimitOrCursorIsRefused(String query) throws Exception {
        mvc.perform(as("auditor", get("/edge/numbers?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(problem(query.startsWith("limit") ? "invalid-request" : "invalid-cursor"));
    }

    private static MockHttpServletRequestBuilder act(String record) {
        return post("/edge/records/" + record + "/acts").contentType("application/json").content("{\"note\":\"x\"}");
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    record Note(String note) {
    }

    @RestController
    static class Probe {

        private final CommandSender commands;

        Probe(CommandSender commands) {
            this.commands = commands;
        }

        @Allowed(ADMINISTRATOR)
        @PostMapping("/edge/records")
        ResponseEntity<CommandAccepted> create(@RequestBody Note body) {
            return commands.create("new", "/edge/records/new", "create");
        }

        @Allowed({LEAD_AUDITOR, AUDITOR})
        @PostMapping("/edge/records/{id}/acts")
        ResponseEntity<CommandAccepted> act(@PathVariable String id, @RequestBody Note body, ExpectedVersion expected,
                                            Actor actor) {
            return commands.send(id, actor.userId() + " as " + actor.role() + " expecting "
                    + (expected.orAny() == null ? "any" : expected.orAny()), "act");
        }

        @SignedIn
        @GetMapping("/edge/numbers")
        Page<Integer> numbers(@RequestParam(required = false) String kind, Paging paging) {
            List<Integer> newestFirst = IntStream.range(0, 25).map(n -> 24 - n).filter(n -> n % 2 == 1).boxed().toList();
            return paging.page(newestFirst, number -> Paging.numericKey(number));
        }
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({ErrorsAutoConfiguration.class, WebEdgeAutoConfiguration.class})
    @Import({SecuredEdge.class, Probe.class})
    static class Edge {

        /** A command bus whose one handler answers version 3 for any command. */
        @Bean
        CommandGateway commandGateway() {
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            bus.subscribe(String.class.getName(), command -> 3L);
            return DefaultCommandGateway.builder().commandBus(bus).build();
        }
    }
}
