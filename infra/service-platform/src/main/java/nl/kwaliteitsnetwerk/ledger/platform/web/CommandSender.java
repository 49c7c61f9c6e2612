package nl.kwaliteitsnetwerk.ledger.platform.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * The one way an endpoint sends a command: it waits until the events are stored (nothing is
 * acknowledged before), then answers {@link CommandAccepted} with the new version as ETag.
 */
public class CommandSender {

    private final CommandGateway gateway;

    public CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A command that creates the record {@code id}, found afterwards at {@code location}: 201 Created. */
    public ResponseEntity<CommandAccepted> create(String id, String location, Object command) {
        gateway.sendAndWait(command);
        return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(0)).body(new CommandAccepted(id, 0, null));
    }

    /** A command on the existing record {@code id}; {@code createdId} names what it created inside it, or null. */
    public ResponseEntity<CommandAccepted> send(String id, String createdId, Object command) {
        long version = gateway.sendAndWait(command);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new CommandAccepted(id, version, createdId));
    }
}
