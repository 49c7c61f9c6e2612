package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditCommand;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.command.AuditPhases.Party;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus.*;
import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The phase table ({@link AuditPhases}), read: it has a row for every command of the sealed {@link AuditCommand},
 * and an audit refuses a command in every phase its row leaves out, as {@link AuditRule#WRONG_PHASE} and
 * recording nothing, though the one who gives it may. The commands are made from the table, so a command added
 * to the sealed interface is checked in every phase without a line here.
 */
class AuditPhasesTest extends AuditRuleTest {

    /** Each phase of an audit as its named stage. */
    private static final Map<AuditStatus, List<Object>> STAGES = new EnumMap<>(Map.of(
            SCHEDULED, scheduled(),
            TEAM_ASSIGNED, teamAssigned(),
            INTAKE_HELD, intakeHeld(),
            SITE_VISIT, findingsOnEveryStandard(),
            VISIT_CLOSED, visitClosed(),
            CONCEPT_ISSUED, commentedBy(ROC, "c1"),
            REOPENED, reopened(),
            FINALISED, finalised(),
            PUBLISHED, published()));

    /** One of each party, who sees the audit in every phase once its team is assigned. */
    private static final Map<Party, Actor> GIVEN_BY = new EnumMap<>(Map.of(
            Party.ADMINISTRATION, ADMIN,
            Party.LEAD_AUDITOR, LEAD,
            Party.AUDIT_TEAM, AUDITOR,
            Party.INSTITUTION_OR_COUNCIL, COUNCIL,
            Party.AUDITED_INSTITUTION, ROC));

    @Test
    void everyCommandOfAnAuditHasARowThatAllowsItInSomePhase() {
        List<Class<?>> commands = commandTypes(AuditCommand.class).toList();
        assertThat(commands).as("the commands, records all").isNotEmpty().allMatch(Class::isRecord);
        for (Class<?> type : commands) {
            assertThatCode(() -> AuditPhases.of(type.asSubclass(AuditCommand.class))).as(type.getSimpleName())
                    .doesNotThrowAnyException();
            assertThat(AuditPhases.of(type.asSubclass(AuditCommand.class)).phases()).as(type.getSimpleName()).isNotEmpty();
        }
    }

    @Test
    void everyPhaseHasItsNamedStageWhoseEventsLeadIntoIt() {
        assertThat(STAGES).containsOnlyKeys(AuditStatus.values());
        STAGES.forEach((phase, history) -> {
            AuditStatus reached = null;
            for (Object event : history) {
                reached = AuditStatus.after((AuditEvent) event, reached);
            }
            assertThat(reached).as("the phase after " + phase + "'s stage").isEqualTo(phase);
        });
        assertThat(GIVEN_BY).containsOnlyKeys(Party.values());
    }

    @TestFactory
    Stream<DynamicTest> everyPhaseARowLeavesOutRefusesTheCommandAndRecordsNothing() {
        return commandTypes(AuditCommand.class).flatMap(type -> {
            AuditPhases.Row row = AuditPhases.of(type.asSubclass(AuditCommand.class));
            Object command = sentBy(type, GIVEN_BY.get(row.party()));
            return Arrays.stream(AuditStatus.values())
                    .filter(phase -> !row.phases().contains(phase))
                    .map(phase -> dynamicTest(type.getSimpleName() + " while " + phase, () -> {
                        if (phase == SCHEDULED && nobodyGivesItBeforeTheTeam(row.party())) {
                            answeredAsUnknown(STAGES.get(phase), command);
                        } else {
                            refused(STAGES.get(phase), command, AuditRule.WRONG_PHASE);
                        }
                    }));
        });
    }

    /** Before the team is assigned an audit has no lead and no team, who then cannot even see it. */
    private static boolean nobodyGivesItBeforeTheTeam(Party party) {
        return party == Party.LEAD_AUDITOR || party == Party.AUDIT_TEAM;
    }

    /** The concrete commands below a sealed type, in the order it names them. */
    private static Stream<Class<?>> commandTypes(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? commandTypes(type) : Stream.of(type));
    }

    /** The command on this audit by {@code actor}, its content left out: the phase refuses before any of it is read. */
    private static Object sentBy(Class<?> type, Actor actor) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> switch (component.getName()) {
                    case "auditId" -> AUDIT;
                    case "actor" -> actor;
                    default -> null;
                })
                .toArray();
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }
}
