package nl.kwaliteitsnetwerk.ledger.dialogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The dialogue service: institutional dialogues, peer reviews and panel reviews, with their trail. */
@SpringBootApplication
public class DialogueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialogueServiceApplication.class, args);
    }
}
