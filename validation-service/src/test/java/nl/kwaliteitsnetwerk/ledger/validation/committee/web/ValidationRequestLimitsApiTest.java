package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.platform.web.SchemaNames;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.HostileText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composition;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.council;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.today;
import static nl.kwaliteitsnetwerk.ledger.testsupport.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of every command body: a name, title, id or code is one line (no line break, control or
 * text-direction character) and has a maximum length; a date lies in the window its field makes sense in.
 * Each breach is 400 {@code invalid-request} naming the field, and the OpenAPI document states the lengths.
 * Every request here is refused, so nothing changes and the test runs in any order.
 */
class ValidationRequestLimitsApiTest extends ServiceTestBase {

    private static final List<String> NOT_ONE_LINE = List.of("Lid\r\nX", "Lid\nX", "Lid\tX", "Lid\u202EX", "Lid\u2066X",
            "Lid\u200FX", "Lid\u2028X");

    @Test
    void aNameIdOrTitleOfMoreThanOneLineIsRefusedNamingTheField() {
        for (String hostile : NOT_ONE_LINE) {
            assertRefused(api().post("admin", "/committee", compositionWith(member -> member.put("name", hostile))),
                    "members[1].name", hostile);
            assertRefused(api().post("admin", "/committee", composition(5, today(clock)).put("chairUserId", hostile)),
                    "chairUserId", hostile);
            assertRefused(api().post("admin", "/committee/membership-changes", change(today(clock).plusYears(1))
                    .set("joining", council("vc-7", "35AB").put("affiliation", hostile))), "joining.affiliation", hostile);
            assertRefused(api().post("vc-chair", "/validation-reviews", open().put("title", hostile)), "title", hostile);
            ObjectNode reports = open();
            reports.putArray("reportIds").add(hostile);
            assertRefused(api().post("vc-chair", "/validation-reviews", reports), "reportIds[0]", hostile);
            assertRefused(api().post("vc-2", "/validation-reviews/any/answers", answer().put("questionId", hostile)),
                    "questionId", hostile);
        }
    }

    @Test
    void aTextLongerThanItsFieldTakesIsRefusedNamingTheField() {
        assertRefused(api().post("vc-chair", "/validation-reviews", open().put("title", "t".repeat(201))), "title", "201");
        assertRefused(api().post("vc-2", "/validation-reviews/any/answers", answer().put("reportId", "r".repeat(101))),
                "reportId", "101");
        assertRefused(api().post("admin", "/committee", compositionWith(member -> member.put("userId", "u".repeat(101)))),
                "members[1].userId", "101");
    }

    @Test
    void aDateOutsideItsFieldsWindowIsRefusedNamingTheField() {
        for (String absurd : List.of("+99999-01-01", "1900-01-01", today(clock).minusYears(2).toString())) {
            assertRefused(api().post("admin", "/committee", composition(5, today(clock)).put("effectiveFrom", absurd)),
                    "effectiveFrom", absurd);
            assertRefused(api().post("admin", "/committee/membership-changes", change(today(clock)).put("effectiveOn", absurd)),
                    "effectiveOn", absurd);
        }
        assertRefused(api().post("admin", "/committee", composition(5, today(clock).plusYears(3))), "effectiveFrom", "+3y");
        assertRefused(api().post("admin", "/committee/membership-changes", change(today(clock).plusYears(6))),
                "effectiveOn", "+6y");
    }

    /** A bidi override or mark, a line break (percent-encoded in the query) or more than a code's length. */
    @Test
    void aFilterOfMoreThanOneLineOrTooLongIsRefusedNamingTheParameter() {
        for (String value : List.of("29%E2%80%AEWT", "29%0AWT", "29WT%E2%80%8F", "X".repeat(101))) {
            for (String list : List.of("/trail", "/trail/reports", "/trail/follow-ups")) {
                assertRefusedNaming(api().get("committee", list + "?institution=" + value), "institution");
            }
            for (String filter : List.of("report", "standard", "actor")) {
                assertRefusedNaming(api().get("committee", "/trail?" + filter + "=" + value), filter);
            }
        }
        assertThat(api().get("committee", "/trail/reports?institution=" + "X".repeat(100)).status()).as("a code's length")
                .isEqualTo(200);
    }

    /** A request of the reviews' endpoints, which live in the review's package, beside the committee's. */
    private static Class<?> reviewRequest(String name) throws ClassNotFoundException {
        return Class.forName("nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewCommandController$" + name);
    }

    @Test
    void theOpenApiDocumentStatesEveryLimit() throws Exception {
        JsonNode schemas = api().get(null, "/v3/api-docs").body().path("components").path("schemas");
        JsonNode open = schemas.path(SchemaNames.INSTANCE.nameOf(reviewRequest("OpenRequest")))
                .path("properties");
        assertThat(open.path("title").path("maxLength").asInt()).isEqualTo(200);
        assertThat(open.path("reportIds").path("items").path("maxLength").asInt()).isEqualTo(100);
        assertThat(open.path("reportIds").path("maxItems").asInt()).isEqualTo(100);
        JsonNode member = schemas.path(SchemaNames.INSTANCE.nameOf(CommitteeController.MemberRequest.class))
                .path("properties");
        assertThat(member.path("name").path("maxLength").asInt()).isEqualTo(200);
        assertThat(member.path("userId").path("maxLength").asInt()).isEqualTo(100);
        JsonNode answer = schemas.path(SchemaNames.INSTANCE.nameOf(reviewRequest("AnswerRequest")))
                .path("properties");
        assertThat(answer.path("questionId").path("maxLength").asInt()).isEqualTo(100);
        assertThat(answer.path("reasoning").path("maxLength").asInt()).as("a free text, at the platform's limit")
                .isEqualTo(20_000);
    }

    /**
     * 400 naming the field: {@code invalid-request} with the field among its errors, or, for a carriage return,
     * which the platform's text rule refuses in every text while the body is read, {@code invalid-text} naming it.
     */
    private static void assertRefused(Response refused, String field, String what) {
        String as = field + " with " + HostileText.escaped(what) + ": " + refused.raw();
        assertThat(refused.status()).as(as).isEqualTo(400);
        assertThat(refused.isProblem()).as(as).isTrue();
        if (what.contains("\r")) {
            assertThat(refused.text("code")).as(as).isEqualTo("invalid-text");
            assertThat(refused.text("field")).as(as).isEqualTo(field);
        } else {
            assertThat(refused.text("code")).as(as).isEqualTo("invalid-request");
            assertThat(refused.body().path("errors").findValuesAsText("field")).as(as).containsExactly(field);
        }
    }

    private ObjectNode compositionWith(Consumer<ObjectNode> secondMember) {
        ObjectNode body = composition(5, today(clock));
        secondMember.accept((ObjectNode) body.path("members").get(1));
        return body;
    }

    private static ObjectNode change(LocalDate effectiveOn) {
        ObjectNode change = ApiClient.json().put("leavingUserId", "vc-4").put("effectiveOn", effectiveOn.toString())
                .put("reason", "Termijn verstreken");
        change.set("joining", council("vc-7", "35AB"));
        return change;
    }

    private static ObjectNode open() {
        ObjectNode open = ApiClient.json().put("title", "Validatie").put("questionSetId", "kwaliteitsnetwerk-validatievragen")
                .put("questionSetVersion", "2025");
        open.putArray("reportIds").add("audit-1");
        return open;
    }

    private static ObjectNode answer() {
        return ApiClient.json().put("reportId", "audit-1").put("questionId", "V1").put("answer", "YES")
                .put("reasoning", "Gezien");
    }
}
