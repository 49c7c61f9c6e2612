package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static nl.kwaliteitsnetwerk.ledger.platform.StartRefusal.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A service whose endpoint does not say who may call it does not start, and says which endpoint. */
class RolesStatedTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DispatcherServletAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class))
            .withBean(RolesStated.class);

    @Test
    void everyEndpointStatingItsRolesOnceStarts() {
        context.withBean(Stated.class).run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void anEndpointWithoutRolesStopsTheStart() {
        context.withBean(Unstated.class).run(started -> assertThat(started).getFailure()
                .hasMessageContaining("Unstated.forgotten").hasMessageNotContaining("Unstated.stated"));
    }

    @Test
    void anEndpointStatingBothStopsTheStart() {
        assertStartRefused(context.withBean(Twice.class), "Twice.both");
    }

    @Test
    void anActorWithoutRolesToRecordItInStopsTheStart() {
        assertStartRefused(context.withBean(ActorWithoutRoles.class), "ActorWithoutRoles.act");
    }

    @RestController
    static class Stated {

        @SignedIn
        @GetMapping("/read")
        String read() {
            return "";
        }

        @Allowed(Role.AUDITOR)
        @PostMapping("/act")
        String act(Actor actor) {
            return "";
        }
    }

    @RestController
    static class Unstated {

        @SignedIn
        @GetMapping("/stated")
        String stated() {
            return "";
        }

        @GetMapping("/forgotten")
        String forgotten() {
            return "";
        }
    }

    @RestController
    static class Twice {

        @SignedIn
        @Allowed(Role.AUDITOR)
        @GetMapping("/both")
        String both() {
            return "";
        }
    }

    @RestController
    static class ActorWithoutRoles {

        @SignedIn
        @PostMapping("/act")
        String act(Actor actor) {
            return "";
        }
    }
}
