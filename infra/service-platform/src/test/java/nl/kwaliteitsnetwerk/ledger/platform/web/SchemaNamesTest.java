package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaNamesTest {

    private final SchemaNames names = SchemaNames.INSTANCE;

    @Test
    void recordsOfTheSameNameInTwoControllersGetTwoSchemaNames() {
        assertThat(names.nameOf(CommitteeController.Accepted.class)).isEqualTo("CommitteeAccepted");
        assertThat(names.nameOf(ReviewController.Accepted.class)).isEqualTo("ReviewAccepted");
    }

    @Test
    void aHolderOfRequestsAddsNoPrefixNorDoesANameThatAlreadyCarriesIt() {
        assertThat(names.nameOf(Requests.OpenRequest.class)).isEqualTo("OpenRequest");
        assertThat(names.nameOf(FollowUp.FollowUpLine.class)).isEqualTo("FollowUpLine");
    }

    @Test
    void aTopLevelTypeKeepsItsNameAndAnExplicitNameWins() {
        assertThat(names.nameOf(SchemaNamesTest.class)).isEqualTo("SchemaNamesTest");
        assertThat(names.nameOf(Named.class)).isEqualTo("Chosen");
    }
}

class CommitteeController {
    record Accepted(String committeeId, long version) {
    }
}

class ReviewController {
    record Accepted(String reviewId, long committeeVersion) {
    }
}

class Requests {
    record OpenRequest(String title) {
    }
}

class FollowUp {
    record FollowUpLine(String followUpId) {
    }
}

@Schema(name = "Chosen")
record Named(String value) {
}
