package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one version check every command on an existing aggregate passes, made by the aggregate itself and in
 * this order: one who may not see it gets the answer for an unknown id, whatever version they name (none,
 * stale, current or ahead); then a version behind or ahead of the aggregate's is refused as stale and
 * records nothing, before any rule of the command is looked at. A subclass names every such command of its
 * aggregate; one it leaves out fails {@link #everyCommandOnAnExistingAggregateIsChecked()}.
 */
public abstract class ExpectedVersionRuleTest<A> extends AggregateRuleTest<A> {

    /** A command as {@code sender} sends it, naming the version they last saw (null: whatever it is now). */
    @FunctionalInterface
    public interface Command {
        Object sentBy(Actor sender, Long expectedVersion);
    }

    private final Class<A> aggregateType;

    protected ExpectedVersionRuleTest(AggregateTestFixture<A> fixture, Class<A> aggregateType) {
        super(fixture);
        this.aggregateType = aggregateType;
    }

    /** Every command the aggregate takes once it exists, with whatever content: the version decides first. */
    protected abstract List<Command> everyCommand();

    /** The aggregate at a stage where {@link #seer()} may see it and {@link #hiddenFrom()} may not. */
    protected abstract List<Object> history();

    protected abstract Actor seer();

    protected abstract Actor hiddenFrom();

    /** The id an unknown-id answer to {@code command} names. */
    protected abstract String unknownIdOf(Object command);

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
        Set<Class<?>> handled = Arrays.stream(aggregateType.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(Method::getParameterTypes)
                .map(parameters -> parameters[0])
                .collect(Collectors.toSet());
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
