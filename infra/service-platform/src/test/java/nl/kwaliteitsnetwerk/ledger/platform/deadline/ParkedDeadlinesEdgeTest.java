package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import nl.kwaliteitsnetwerk.ledger.platform.errors.ErrorsAutoConfiguration;
import nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge;
import nl.kwaliteitsnetwerk.ledger.platform.web.WebEdgeAutoConfiguration;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.LEASE;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.MAX_ATTEMPTS;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.failing;
import static nl.kwaliteitsnetwerk.ledger.platform.deadline.DeadlineBench.termEnd;
import static nl.kwaliteitsnetwerk.ledger.platform.security.SecuredEdge.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators, and only they, see the parked deadlines (never a payload) and re-arm one. */
@SpringBootTest(classes = ParkedDeadlinesEdgeTest.Edge.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"qal.security.users[0].name=admin", "qal.security.users[0].password={noop}admin",
                "qal.security.users[0].roles=ADMINISTRATOR",
                "qal.security.users[1].name=inspector", "qal.security.users[1].password={noop}inspector",
                "qal.security.users[1].roles=INSPECTORATE"})
@AutoConfigureMockMvc
class ParkedDeadlinesEdgeTest {

    private static final DeadlineBench BENCH = new DeadlineBench();

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDeadlineManager manager;

    @AfterAll
    static void close() {
        BENCH.close();
    }

    @Test
    void anAdministratorListsTheParkedDeadlinesWithoutTheirPayloadAndReArmsOne() throws Exception {
        String id = termEnd(manager, "t1");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            manager.pollOnce();
            BENCH.clock.advance(LEASE);
        }

        String listed = mvc.perform(as("admin", get("/deadlines/parked"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].name").value("term-end"))
                .andExpect(jsonPath("$.items[0].attempts").value(MAX_ATTEMPTS))
                .andExpect(jsonPath("$.items[0].lastFailure").value(IllegalStateException.class.getName()))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).as("no payload").doesNotContain("institutionCode");

        mvc.perform(as("inspector", get("/deadlines/parked"))).andExpect(status().isForbidden());
        mvc.perform(as("inspector", post("/deadlines/parked/" + id + "/re-arm"))).andExpect(status().isForbidden());
        mvc.perform(as("admin", post("/deadlines/parked/" + id + "/re-arm"))).andExpect(status().isNoContent());
        mvc.perform(as("admin", post("/deadlines/parked/" + id + "/re-arm")))
                .andExpect(status().isNotFound()).andExpect(problem("not-found"));
        assertThat(BENCH.stored(id)).containsEntry("state", "SCHEDULED").containsEntry("claims", 0);
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    @SpringBootConfiguration
    @Import(SecuredEdge.class)
    @ImportAutoConfiguration({ErrorsAutoConfiguration.class, WebEdgeAutoConfiguration.class})
    static class Edge {

        @Bean
        MongoDeadlineManager deadlineManager() {
            return BENCH.instance(failing());
        }

        @Bean
        ParkedDeadlinesController parkedDeadlinesController(MongoDeadlineManager deadlineManager) {
            return new ParkedDeadlinesController(deadlineManager);
        }

        /** The web edge's command sender needs a gateway; these requests send no command. */
        @Bean
        CommandGateway commandGateway() {
            return DefaultCommandGateway.builder().commandBus(SimpleCommandBus.builder().build()).build();
        }
    }
}
