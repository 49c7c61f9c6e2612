package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A carousel of two teams from two institutions, with their process guide, as fixture histories. */
public final class PeerReviewFixtures {

    public static final String REVIEW = "peer-review-1";
    public static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");
    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor GUIDE = Actor.of("guide", Role.PROCESS_GUIDE);
    public static final Actor OTHER_GUIDE = Actor.of("guide2", Role.PROCESS_GUIDE);
    public static final Actor ZORG_INSTITUTION = Actor.forInstitution("roc", "29WT");
    public static final Assessor GUIDE_PERSON = new Assessor("guide", "Gerda Gids", "Kwaliteitsnetwerk mbo", null,
            AssessorType.NETWORK, null);
    /** The teams as a review started before issue 16 stored them (pinned); histories start from them. */
    public static final PeerTeam ZORG = new PeerTeam("zorg", "Team Zorg en Welzijn", TeamLevel.PROGRAMME,
            new InstitutionRef("29WT", 21274, "ROC Voorbeeld"),
            "Hoe houden wij de beroepspraktijkvorming van eerstejaars studenten in de zorg goed begeleid?");
    public static final PeerTeam TECHNIEK = new PeerTeam("techniek", "Team Techniek", TeamLevel.PROGRAMME,
            new InstitutionRef("25LH", 30105, "ROC Elders"),
            "Hoe betrekken wij leerbedrijven bij het beoordelen van de proeve van bekwaamheid?");
    /** The same teams as a start command names them now: each question names its subject and what it is for. */
    public static final PeerTeam ZORG_NOW = new PeerTeam("zorg", "Team Zorg en Welzijn", TeamLevel.PROGRAMME,
            new InstitutionRef("29WT", 21274, "Business Marketing Services B.V."),
            "Hoe houden wij de beroepspraktijkvorming van eerstejaars studenten in de zorg goed"
                    + " begeleid, zodat we ons begeleidingsplan kunnen bijstellen?");
    public static final PeerTeam TECHNIEK_NOW = new PeerTeam("techniek", "Team Techniek", TeamLevel.PROGRAMME,
            TECHNIEK.institution(), "Hoe betrekken wij leerbedrijven bij het beoordelen van de proeve van bekwaamheid,"
                    + " om daarmee onze examinering te verbeteren?");
    public static final List<Participation> PARTICIPANTS = List.of(
            new Participation(StakeholderCategory.TEACHERS, 8, ParticipationMode.ASSESSING),
            new Participation(StakeholderCategory.STUDENTS, 3, ParticipationMode.CONSULTED));

    private PeerReviewFixtures() {
    }

    public static AggregateTestFixture<PeerReview> fixture(MutableClock clock) {
        AggregateTestFixture<PeerReview> fixture = new AggregateTestFixture<>(PeerReview.class);
        fixture.registerInjectableResource(InstitutionRegister.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    public static List<Object> started() {
        return List.of(new PeerReviewStarted(REVIEW, "Carrousel BPV 2027", GUIDE_PERSON, List.of(ZORG, TECHNIEK), ADMIN, NOW));
    }

    /** Team Techniek visited team Zorg. */
    public static List<Object> visited() {
        return plus(started(), new PeerSessionHeld(REVIEW, "ps-1", "zorg", List.of("techniek"), PARTICIPANTS,
                "Begeleiding in de eerste BPV-periode", GUIDE, NOW));
    }

    public static List<Object> zorgReported() {
        return plus(visited(), new TeamReportRecorded(REVIEW, "zorg", 1, "Vaste BPV-begeleider per student",
                "Rapport team Zorg", null, GUIDE, NOW));
    }

    public static List<Object> bothReported() {
        return plus(zorgReported(), new TeamReportRecorded(REVIEW, "techniek", 1, "Leerbedrijven beoordelen mee",
                "Rapport team Techniek", null, GUIDE, NOW));
    }

    public static List<Object> oneOfEachEvent() {
        return plus(bothReported(), new PeerReviewCompleted(REVIEW, GUIDE, NOW));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Stream.of(events).toList());
        return List.copyOf(all);
    }
}
