package nl.kwaliteitsnetwerk.ledger.platform.ui;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service's pages are, for the links between them: the services meet on Kafka, never in each
 * other's database, and a page of one links to the page of another by its address. Bound from
 * {@code qal.ui.links.*}.
 */
public record UiLinks(@DefaultValue("http://localhost:8081") String audit,
                      @DefaultValue("http://localhost:8082") String dialogue,
                      @DefaultValue("http://localhost:8083") String validation) {
}
