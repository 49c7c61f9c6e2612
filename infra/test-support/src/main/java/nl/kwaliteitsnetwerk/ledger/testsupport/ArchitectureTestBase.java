package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * A service's boundaries: its domain knows no web, storage, messaging or platform; its messages are
 * records; it knows of the ledger only itself, the kernel and the platform (so no other service and no
 * launcher); its feature packages have no cycles; the platform knows nothing of it. A service adds the
 * rules between its own features as {@code @ArchTest} fields of its subclass, which carries
 * {@link AnalyzeLedgerClasses}.
 */
public abstract class ArchitectureTestBase {

    private static final String LEDGER = "nl.kwaliteitsnetwerk.ledger";

    private static final List<String> INFRASTRUCTURE = List.of("org.springframework..", "com.mongodb..", "org.bson..",
            "jakarta.servlet..", "org.apache.kafka..", "..platform..");

    private final ServicePackages service;

    protected ArchitectureTestBase(ServicePackages service) {
        this.service = service;
    }

    @ArchTest
    void domainHasNoWebOrPersistence(JavaClasses classes) {
        String[] forbidden = Stream.concat(INFRASTRUCTURE.stream(), service.outsideTheDomain().stream())
                .toArray(String[]::new);
        noClasses().that().resideInAnyPackage(service.domain().toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(classes);
    }

    @ArchTest
    void messagesAreRecordsOrEnums(JavaClasses classes) {
        classes().that().resideInAnyPackage(service.messages().toArray(String[]::new)).and().areNotInterfaces()
                .should().beRecords().orShould().beEnums()
                .check(classes);
    }

    @ArchTest
    void noOtherServiceIsImported(JavaClasses classes) {
        String own = service.root() + "..";
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage(LEDGER + "..")
                        .and(not(resideInAnyPackage(own, LEDGER + ".kernel..", LEDGER + ".platform.."))))
                .check(classes);
    }

    @ArchTest
    void featurePackagesHaveNoCycles(JavaClasses classes) {
        slices().matching(service.root() + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @ArchTest
    void platformKnowsNoService(JavaClasses classes) {
        noClasses().that().resideInAPackage(LEDGER + ".platform..")
                .should().dependOnClassesThat().resideInAPackage(service.root() + "..")
                .check(classes);
    }

    /**
     * Where a service's parts are, as ArchUnit package patterns: its root package (e.g.
     * {@code nl.kwaliteitsnetwerk.ledger.audit}), its domain (messages and aggregates), its own packages
     * the domain must not reach (its web and read side), and its messages (commands, events, queries).
     */
    public record ServicePackages(String root, List<String> domain, List<String> outsideTheDomain,
                                  List<String> messages) {

        public static ServicePackages under(String root) {
            return new ServicePackages(root, List.of(), List.of(), List.of());
        }

        public ServicePackages withDomain(String... packages) {
            return new ServicePackages(root, List.of(packages), outsideTheDomain, messages);
        }

        public ServicePackages withOutsideTheDomain(String... packages) {
            return new ServicePackages(root, domain, List.of(packages), messages);
        }

        public ServicePackages withMessages(String... packages) {
            return new ServicePackages(root, domain, outsideTheDomain, List.of(packages));
        }
    }
}
