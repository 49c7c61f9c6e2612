package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The cast and the stages of an institutional dialogue, as histories to start a fixture test from. */
public final class DialogueFixtures {

    public static final String DIALOGUE = "dialogue-1";
    public static final Instant NOW = Instant.parse("2027-05-10T10:00:00Z");
    public static final LocalDate PLANNED = LocalDate.parse("2027-06-01");
    /** 29WT as dialogues opened before the institution register hold it (pinned); histories start from it. */
    public static final InstitutionRef ROC_VOORBEELD = new InstitutionRef("29WT", 21274, "ROC Voorbeeld");
    /** 29WT as the register names it: what a command must name now, and what is recorded. */
    public static final InstitutionRef BM_SERVICES = new InstitutionRef("29WT", 21274, "Business Marketing Services B.V.");
    /** The question as dialogues opened before the rule asked for subject and use hold it: still read, no longer asked. */
    public static final String QUESTION = "Hoe betrekken onze teams studenten structureel bij het verbeteren van hun onderwijs?";
    /** VISTA college's question of 2022 as the seed tells it: its subject (students) and what the answer is for. */
    public static final String SPECIFIC_QUESTION = "Hoe betrekken onze teams, naast de studentenraad, ook andere studenten"
            + " bij hun onderwijs, zodat wij een gedragen visie op studentenparticipatie kunnen vaststellen?";
    public static final String THEME = "Studentparticipatie";

    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor ROC = Actor.forInstitution("roc", "29WT");
    public static final Actor OTHER_ROC = Actor.forInstitution("other-roc", "25LH");
    public static final Actor CHAIR = Actor.of("chair", Role.DIALOGUE_COMMITTEE);
    public static final Actor SECRETARY = Actor.of("secretary", Role.DIALOGUE_COMMITTEE);
    public static final Actor PEER = Actor.of("peer", Role.DIALOGUE_COMMITTEE);
    public static final Actor OUTSIDER = Actor.of("someone-else", Role.DIALOGUE_COMMITTEE);
    public static final Actor VALIDATION_COMMITTEE = Actor.of("committee", Role.VALIDATION_COMMITTEE);

    public static final Assessor CHAIR_MEMBER = new Assessor("chair", "Carla Voorzitter", "Kwaliteitsnetwerk mbo", null,
            AssessorType.NETWORK, null);
    public static final Assessor SECRETARY_MEMBER = new Assessor("secretary", "Siem Secretaris", "Kwaliteitsnetwerk mbo",
            null, AssessorType.NETWORK, null);
    public static final Assessor PEER_MEMBER = new Assessor("peer", "Pien Peer", "ROC Elders", "25LH", AssessorType.PEER,
            StakeholderCategory.PEERS);
    /** The peer as the register resolves her affiliation on appointment: ROC Elders is 25LH. */
    public static final Assessor PEER_MEMBER_RESOLVED = new Assessor("peer", "Pien Peer", "ROC Elders", "25LH",
            AssessorType.PEER, StakeholderCategory.PEERS, "25LH");
    public static final Assessor STUDENT_MEMBER = new Assessor("student", "Sam Student", "JOB mbo", null,
            AssessorType.STAKEHOLDER, StakeholderCategory.STUDENTS);

    public static final List<Participation> SESSION_PARTICIPANTS = List.of(
            new Participation(StakeholderCategory.TEACHERS, 6, ParticipationMode.CONSULTED),
            new Participation(StakeholderCategory.STUDENTS, 4, ParticipationMode.ASSESSING),
            new Participation(StakeholderCategory.EMPLOYERS, 2, ParticipationMode.CONSULTED));
    public static final Map<DialogueLens, String> CONCLUSIONS = Map.of(DialogueLens.PROFESSIONAL,
            "Teams voeren het gesprek met studenten, maar leggen de uitkomst niet vast.");
    public static final List<Recommendation> RECOMMENDATIONS = List.of(
            new Recommendation("R1", DialogueLens.PROFESSIONAL, "Leg de uitkomst van studentgesprekken per team vast."));

    private DialogueFixtures() {
    }

    public static AggregateTestFixture<InstitutionalDialogue> fixture(MutableClock clock) {
        AggregateTestFixture<InstitutionalDialogue> fixture = new AggregateTestFixture<>(InstitutionalDialogue.class);
        fixture.registerInjectableResource(InstitutionRegister.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    public static MutableClock clock() {
        return new MutableClock(NOW);
    }

    public static List<Object> opened() {
        return List.of(new DialogueOpened(DIALOGUE, ROC_VOORBEELD, QUESTION, THEME, PLANNED, ROC, NOW));
    }

    public static List<Object> committeeAppointed() {
        return plus(opened(), new DialogueCommitteeAppointed(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(PEER_MEMBER, STUDENT_MEMBER), ADMIN, NOW));
    }

    public static List<Object> sessionPlanned() {
        return plus(committeeAppointed(), new SessionPlanned(DIALOGUE, "s-1", PLANNED, "Studenten aan het woord", SECRETARY, NOW));
    }

    public static List<Object> inDialogue() {
        return plus(sessionPlanned(), new SessionHeld(DIALOGUE, "s-1", SESSION_PARTICIPANTS,
                "Hoe teams studenten horen en wat ze met de uitkomst doen", SECRETARY, NOW));
    }

    /** Observation o-1 on the professional capacity, o-2 on quality culture. */
    public static List<Object> observed() {
        return plus(inDialogue(),
                new ObservationRecorded(DIALOGUE, "o-1", "s-1", DialogueLens.PROFESSIONAL,
                        "Docenten vragen studenten elke periode om feedback.", PEER, NOW),
                new ObservationRecorded(DIALOGUE, "o-2", "s-1", DialogueLens.QUALITY_CULTURE,
                        "Men spreekt elkaar aan op afspraken.", CHAIR, NOW));
    }

    /** The content digest of the first draft: what the institution's reaction and the finalisation cite. */
    public static String draftDigest() {
        return DialogueReportDrafted.digestOf(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS, null);
    }

    public static List<Object> drafted() {
        return plus(observed(), new DialogueReportDrafted(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS, SECRETARY, NOW));
    }

    public static List<Object> reacted() {
        return plus(drafted(), new InstitutionReactedToDraft(DIALOGUE, 1, "Herkenbaar; we gaan ermee aan de slag.",
                draftDigest(), ROC, NOW));
    }

    /** The committee's answer to the institution's reaction, with the next version of the report. */
    public static final String ANSWER = "Opgenomen: de aanbeveling noemt nu het format per team.";

    public static StakeholderMix mix() {
        return StakeholderMix.of(List.of(SESSION_PARTICIPANTS), List.of(CHAIR_MEMBER, SECRETARY_MEMBER, PEER_MEMBER, STUDENT_MEMBER));
    }

    public static List<Object> finalised() {
        return plus(reacted(), new DialogueReportFinalised(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS, mix(), CHAIR, NOW));
    }

    public static List<Object> published() {
        return plus(finalised(), new DialogueReportPublished(DIALOGUE, "Samenvatting voor iedereen.", CHAIR, NOW));
    }

    public static List<Object> adopted() {
        return plus(published(), new RecommendationAdopted(DIALOGUE, "R1", "a-1", "Vastleggen per team",
                "directeur onderwijs", LocalDate.parse("2027-12-01"), ROC, NOW));
    }

    /** One event of every kind, in an order a dialogue could have them. */
    public static List<Object> oneOfEachEvent() {
        return plus(adopted(),
                new QuestionnaireRecorded(DIALOGUE, "q-1", "Kwaliteitscultuur", 212, "Men voelt zich gehoord.", SECRETARY, NOW),
                new DocumentShared(DIALOGUE, "d-1", "Jaarplan", "sharepoint://jaarplan-2027", ROC, NOW),
                new ObservationCorrected(DIALOGUE, "o-1", 1, DialogueLens.PROFESSIONAL, "Elke periode, schriftelijk.",
                        "Nauwkeuriger", PEER, NOW),
                new ObservationRetracted(DIALOGUE, "o-2", "Berust op één uitspraak", CHAIR, NOW),
                new RecommendationDeclined(DIALOGUE, "R2", "Past niet in onze koers", ROC, NOW),
                new AgendaProgressRecorded(DIALOGUE, "a-1", "Format gemaakt", ROC, NOW),
                new AgendaItemCompleted(DIALOGUE, "a-1", "Verslagen van alle teams", ROC, NOW));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Stream.of(events).toList());
        return List.copyOf(all);
    }
}
