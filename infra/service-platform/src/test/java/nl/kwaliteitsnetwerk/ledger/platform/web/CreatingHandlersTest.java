package nl.kwaliteitsnetwerk.ledger.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class CreatingHandlersTest {

    private final CreatingHandlers creating = new CreatingHandlers();

    @Test
    void aHandlerThatAnswersCreatedItselfCreates() throws Exception {
        assertThat(creating.creates(Handlers.class.getDeclaredMethod("schedule"))).isTrue();
    }

    @Test
    void aHandlerThatAnswersCreatedThroughAHelperCreates() throws Exception {
        assertThat(creating.creates(Handlers.class.getDeclaredMethod("open"))).isTrue();
    }

    @Test
    void aHandlerThatAnswersOkDoesNotCreate() throws Exception {
        assertThat(creating.creates(Handlers.class.getDeclaredMethod("amend"))).isFalse();
    }

    static class Handlers {

        private final Replies replies = new Replies();

        ResponseEntity<String> schedule() {
            return ResponseEntity.created(URI.create("/audits/1")).body("1");
        }

        ResponseEntity<String> open() {
            return replies.create("/dialogues/1");
        }

        ResponseEntity<String> amend() {
            return replies.send();
        }
    }

    static class Replies {

        ResponseEntity<String> create(String location) {
            return ResponseEntity.created(URI.create(location)).body(location);
        }

        ResponseEntity<String> send() {
            return ResponseEntity.ok("sent");
        }
    }
}
