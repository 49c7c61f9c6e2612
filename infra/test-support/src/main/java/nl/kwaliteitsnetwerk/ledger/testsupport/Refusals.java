package nl.kwaliteitsnetwerk.ledger.testsupport;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers to the same request on a record the caller may not see and on an id never used, compared:
 * nothing in them may tell the two apart, so that no answer confirms that the hidden record exists.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Both are the one answer for an unknown id: 404 {@code not-found}, alike but for the id they name. */
    public static void assertAnsweredAsUnknown(ApiClient.Response hidden, String hiddenId,
                                               ApiClient.Response unknown, String unknownId) {
        assertAnsweredAlike(hidden, hiddenId, unknown, unknownId);
        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(404);
        assertThat(hidden.text("code")).as(hidden.raw()).isEqualTo("not-found");
        assertThat(hidden.etag()).as("no version of what does not exist: " + hidden.raw()).isNull();
    }

    /**
     * The same problem (status, content type, code, title, type, and the same words once each id is
     * blanked out), with no other property and no entity tag that could tell them apart.
     */
    public static void assertAnsweredAlike(ApiClient.Response hidden, String hiddenId,
                                           ApiClient.Response unknown, String unknownId) {
        String what = hidden.raw() + " vs " + unknown.raw();
        assertThat(hidden.isProblem()).as(what).isTrue();
        assertThat(hidden.status()).as(what).isEqualTo(unknown.status());
        assertThat(hidden.contentType()).as(what).isEqualTo(unknown.contentType());
        for (String property : new String[] {"code", "title", "type"}) {
            assertThat(hidden.text(property)).as(property + ": " + what).isEqualTo(unknown.text(property));
        }
        assertThat(hidden.text("detail").replace(hiddenId, "{id}")).as(what)
                .isEqualTo(unknown.text("detail").replace(unknownId, "{id}"));
        assertThat(hidden.body().size()).as("no other property: " + what).isEqualTo(unknown.body().size());
        assertThat(hidden.etag()).as(what).isEqualTo(unknown.etag());
    }

    /**
     * 400 naming exactly {@code field}, the one field or parameter at fault: {@code invalid-request} with it among
     * the {@code errors} (a constraint), or {@code invalid-text} with it as {@code field} (the text rule, which
     * refuses while the request is read).
     */
    public static void assertRefusedNaming(ApiClient.Response refused, String field) {
        assertThat(refused.status()).as(field + ": " + refused.raw()).isEqualTo(400);
        assertThat(refused.isProblem()).as(refused.raw()).isTrue();
        assertThat(refused.text("code")).as(refused.raw()).isIn("invalid-request", "invalid-text");
        List<String> named = new ArrayList<>(refused.body().path("errors").findValuesAsText("field"));
        if (refused.body().has("field")) {
            named.add(refused.text("field"));
        }
        assertThat(named).as(refused.raw()).containsExactly(field);
    }
}
