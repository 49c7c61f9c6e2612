package nl.kwaliteitsnetwerk.ledger.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of a list: its items, and the link to the next page ({@code null} on the last, and said so). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }
}
