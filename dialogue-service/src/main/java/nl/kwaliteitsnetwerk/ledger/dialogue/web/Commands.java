package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/** Sends a command and answers with the new version, also as ETag, for the next If-Match. */
@Component
public class Commands {

    private final CommandGateway gateway;

    Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** For a command that creates a dialogue or review at {@code location}. */
    public ResponseEntity<CommandAccepted> create(String id, String location, Object command) {
        gateway.sendAndWait(command);
        return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(0)).body(new CommandAccepted(id, 0, id));
    }

    /** For a command on an existing one; {@code createdId} names what it created, if anything. */
    public ResponseEntity<CommandAccepted> send(String id, String createdId, Object command) {
        long version = gateway.sendAndWait(command);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new CommandAccepted(id, version, createdId));
    }
}
