package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
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

/** A panel review of ROC Voorbeeld on the reference-values model, as fixture histories. */
public final class PanelReviewFixtures {

    public static final String REVIEW = "panel-review-1";
    public static final Instant NOW = Instant.parse("2027-09-01T09:00:00Z");
    public static final LocalDate PLANNED = LocalDate.parse("2027-10-01");
    /** 29WT as reviews scheduled before the institution register hold it (pinned); histories start from it. */
    public static final InstitutionRef ROC_VOORBEELD = new InstitutionRef("29WT", 21274, "ROC Voorbeeld");
    /** 29WT as the register names it: what a command must name now, and what is recorded. */
    public static final InstitutionRef BM_SERVICES = new InstitutionRef("29WT", 21274, "Business Marketing Services B.V.");
    public static final FrameworkRef MODEL = new FrameworkRef("referentiewaardenmodel-mbo", "2024-proeftuin");
    public static final List<String> STANDARDS = List.of("BEGELEIDING", "LEERPROCES", "LEEROMGEVING", "TOETSING_EN_AFSLUITING");

    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor ROC = Actor.forInstitution("roc", "29WT");
    public static final Actor OTHER_ROC = Actor.forInstitution("other-roc", "25LH");
    public static final Actor PANEL_CHAIR = Actor.of("panel-chair", Role.PANEL_MEMBER);
    public static final Actor PANELIST = Actor.of("panelist", Role.PANEL_MEMBER);
    public static final Actor OUTSIDER = Actor.of("panelist9", Role.PANEL_MEMBER);
    public static final Actor VALIDATION_COMMITTEE = Actor.of("committee", Role.VALIDATION_COMMITTEE);
    public static final Assessor CHAIR_PERSON = new Assessor("panel-chair", "Paula Panel", "Hogeschool Utrecht", null,
            AssessorType.INDEPENDENT_EXPERT, null);
    public static final Assessor EMPLOYER_PERSON = new Assessor("panelist", "Wim Werkveld", "Bouwend Nederland regio Utrecht",
            null, AssessorType.STAKEHOLDER, StakeholderCategory.EMPLOYERS);

    private PanelReviewFixtures() {
    }

    public static AggregateTestFixture<PanelReview> fixture(MutableClock clock) {
        AggregateTestFixture<PanelReview> fixture = new AggregateTestFixture<>(PanelReview.class);
        fixture.registerInjectableResource(FrameworkCatalog.shipped());
        fixture.registerInjectableResource(InstitutionRegister.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    public static List<Object> scheduled() {
        return List.of(new PanelReviewScheduled(REVIEW, ROC_VOORBEELD, MODEL, PLANNED, ADMIN, NOW));
    }

    public static List<Object> composed() {
        return plus(scheduled(), new PanelComposed(REVIEW, CHAIR_PERSON, List.of(EMPLOYER_PERSON), ADMIN, NOW));
    }

    public static SelfEvaluationSubmitted selfEvaluation(String id, String standardCode) {
        return new SelfEvaluationSubmitted(REVIEW, id, EvaluationLevel.TEAM, "Team Zorg", standardCode,
                "Tevredenheid 7,8; uitval 6%", "Studenten voelen zich gezien", "Zelfevaluatie " + standardCode, ROC, NOW);
    }

    /** One self-evaluation per standard, "se-<standard>". */
    public static List<Object> selfEvaluated() {
        List<Object> history = new ArrayList<>(composed());
        STANDARDS.forEach(code -> history.add(selfEvaluation("se-" + code, code)));
        return List.copyOf(history);
    }

    public static PanelStandardJudged judged(int n, String standardCode) {
        return new PanelStandardJudged(REVIEW, "judgement-" + n, standardCode, "OP_REFERENTIEWAARDE", "Onderbouwd",
                List.of("se-" + standardCode), MODEL, null, null, PANELIST, NOW);
    }

    public static List<Object> everyStandardJudged() {
        List<Object> history = new ArrayList<>(selfEvaluated());
        for (int i = 0; i < STANDARDS.size(); i++) {
            history.add(judged(i + 1, STANDARDS.get(i)));
        }
        return List.copyOf(history);
    }

    public static Map<String, String> judgements() {
        return Map.of("BEGELEIDING", "OP_REFERENTIEWAARDE", "LEERPROCES", "OP_REFERENTIEWAARDE",
                "LEEROMGEVING", "OP_REFERENTIEWAARDE", "TOETSING_EN_AFSLUITING", "OP_REFERENTIEWAARDE");
    }

    /** The content digest of the panel's report: what the board's reaction cites. */
    public static String reportDigest() {
        return PanelReportIssued.digestOf(REVIEW, "Rapport van het panel", MODEL, judgements());
    }

    public static List<Object> reported() {
        return plus(everyStandardJudged(), new PanelReportIssued(REVIEW, "Rapport van het panel", MODEL, judgements(),
                PANEL_CHAIR, NOW));
    }

    public static List<Object> oneOfEachEvent() {
        return plus(reported(), new PanelReportReactedTo(REVIEW, "Reactie van het college", reportDigest(), ROC,
                NOW),
                new PanelReportPublished(REVIEW, "Publieke samenvatting", PANEL_CHAIR, NOW));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Stream.of(events).toList());
        return List.copyOf(all);
    }
}
