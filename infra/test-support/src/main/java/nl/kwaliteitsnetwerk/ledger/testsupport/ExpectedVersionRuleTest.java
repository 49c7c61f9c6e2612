package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one version check every command on an existing aggregate passes, made by the aggregate itself and in
 * this order: one who may not see it gets the answer for an unknown id, whatever version they name (none,
 * stale, current or ahead); then a version behind or ahead of the aggregate's is refused as stale and
 * records nothing, before any rule of the command is looked at. A subclass names every such command of its
 * aggregate; one it leaves out fails {@link #everyCommandOnAnExistingAggregateIsChecked()}. It names the stage
 * the checks start from as a {@link Stage}, or overrides {@link #history()}, {@link #seer()},
 * {@link #hiddenFrom()} and {@link #unknownIdOf(Object)} one by one.
 */
public abstract class ExpectedVersionRuleTest<A> extends AggregateRuleTest<A> {

    /** A command as {@code sender} sends it, naming the version they last saw (null: whatever it is now). */
    @FunctionalInterface
    public interface Command {
        Object sentBy(Actor sender, Long expectedVersion);
    }

    /**
     * The aggregate at a stage ({@code history}) where {@code seer} may see it and {@code hiddenFrom} may not, and
     * the id an unknown-id answer to a command names.
     */
    public record Stage(List<Object> history, Actor seer, Actor hiddenFrom, Function<Object, String> unknownIdOf) {
    }

    private final Class<A> aggregateType;
    private final Stage stage;
    private final List<Command> commands;

    /** For a subclass that overrides {@link #everyCommand()} and the methods a {@link Stage} answers. */
    protected ExpectedVersionRuleTest(AggregateTestFixture<A> fixture, Class<A> aggregateType) {
        this(fixture, aggregateType, null);
    }

    protected ExpectedVersionRuleTest(AggregateTestFixture<A> fixture, Class<A> aggregateType, Stage stage,
                                      Command... everyCommand) {
        super(fixture);
        this.aggregateType = aggregateType;
        this.stage = stage;
        this.commands = List.of(everyCommand);
    }

    /** Every command the aggregate takes once it exists, with whatever content: the version decides first. */
    protected List<Command> everyCommand() {
        return commands;
    }

    /** The aggregate at a stage where {@link #seer()} may see it and {@link #hiddenFrom()} may not. */
    protected List<Object> history() {
        return stage().history();
    }

    protected Actor seer() {
        return stage().seer();
    }

    protected Actor hiddenFrom() {
        return stage().hiddenFrom();
    }

    /** The id an unknown-id answer to {@code command} names. */
    protected String unknownIdOf(Object command) {
        return stage().unknownIdOf().apply(command);
    }

    private Stage stage() {
        if (stage == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " names no Stage: override history(), "
                    + "seer(), hiddenFrom() and unknownIdOf(), or pass one to the constructor");
        }
        return stage;
    }

    /** Whether {@code command} is about something {@link #hiddenFrom()} may not see: by default, every one. */
    protected boolean aboutWhatIsHidden(Object command) {
        return true;
    }

    /** The aggregate's version after {@link #history()}: its last event's sequence number. */
    protected final long current() {
        return history().size() - 1;
    }

    @Test
    void everyCommandOnAnExistingAggregateIsChecked() {
        Set<Class<?>> handled = commandsHandledBy(aggregateType);
        Set<Class<?>> listed = everyCommand().stream()
                .map(command -> command.sentBy(seer(), null).getClass())
                .collect(Collectors.toSet());
        assertThat(listed).as("the commands of an existing " + aggregateType.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(handled);
    }

    @TestFactory
    Stream<DynamicTest> aVersionBehindTheAggregatesIsStaleAndRecordsNothing() {
        return forEach(command -> true, command -> refusedAsStale(command, current() - 1));
    }

    @TestFactory
    Stream<DynamicTest> aVersionAheadOfTheAggregatesIsStaleAndRecordsNothing() {
        return forEach(command -> true, command -> {
            refusedAsStale(command, current() + 1);
            refusedAsStale(command, current() + 1000);
        });
    }

    @TestFactory
    Stream<DynamicTest> toOneWhoMayNotSeeItAnyVersionIsAnsweredAsAnUnknownId() {
        return forEach(this::aboutWhatIsHidden, command -> {
            for (Long version : Arrays.asList(null, 0L, current() - 1, current(), current() + 1, current() + 1000)) {
                Object sent = command.sentBy(hiddenFrom(), version);
                fixture.given(history()).when(sent)
                        .expectNoEvents()
                        .expectException(violates(CommonErrors.NOT_FOUND))
                        .expectExceptionMessage(RuleViolation.notFound(unknownIdOf(sent)).getMessage());
            }
        });
    }

    /**
     * The commands the methods of {@code type} (and of its superclasses) handle, and those of the entities it
     * holds as {@link AggregateMember}s, alone, in a collection or as the values of a map: a sub-lifecycle's
     * commands are commands on the existing aggregate too.
     */
    private static Set<Class<?>> commandsHandledBy(Class<?> type) {
        Set<Class<?>> handled = new HashSet<>();
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Method method : declaring.getDeclaredMethods()) {
                if (method.isAnnotationPresent(CommandHandler.class)) {
                    handled.add(method.getParameterTypes()[0]);
                }
            }
            for (Field field : declaring.getDeclaredFields()) {
                if (field.isAnnotationPresent(AggregateMember.class)) {
                    handled.addAll(commandsHandledBy(memberType(field)));
                }
            }
        }
        return handled;
    }

    /** The entity type of a member field: the field's own, or the last type argument of a collection or map. */
    private static Class<?> memberType(Field field) {
        if (field.getGenericType() instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (arguments[arguments.length - 1] instanceof Class<?> entity) {
                return entity;
            }
        }
        return field.getType();
    }

    private void refusedAsStale(Command command, long expected) {
        fixture.given(history()).when(command.sentBy(seer(), expected))
                .expectNoEvents()
                .expectException(violates(CommonErrors.STALE_VERSION))
                .expectExceptionMessage(StaleVersion.detail(expected, current()));
    }

    private Stream<DynamicTest> forEach(Predicate<Object> applies, Consumer<Command> check) {
        List<Command> commands = everyCommand().stream()
                .filter(command -> applies.test(command.sentBy(seer(), null)))
                .toList();
        assertThat(commands).as("commands to check").isNotEmpty();
        return commands.stream().map(command -> DynamicTest.dynamicTest(
                command.sentBy(seer(), null).getClass().getSimpleName(), () -> check.accept(command)));
    }
}
