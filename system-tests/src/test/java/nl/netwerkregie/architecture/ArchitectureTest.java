package nl.netwerkregie.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout rules, checked on the compiled production classes of every module: the published language
 * depends on nothing but Axon's {@code @Revision}; aggregates and the domain exceptions know nothing of
 * the web; a feature package uses another feature only through its public messages (commands, queries and
 * views, all records), its projection or its directory;
 * features do not depend on each other in cycles.
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("nl.netwerkregie");
        if (production.stream().noneMatch(c -> c.getPackageName().startsWith("nl.netwerkregie.command"))) {
            // the modules arrive as jars when the reactor runs from an installed repository
            production = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("nl.netwerkregie");
        }
    }

    private static final DescribedPredicate<JavaClass> EVENT_SOURCED =
            new DescribedPredicate<>("hold event-sourced state") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(EventSourcingHandler.class));
                }
            };

    /**
     * The contract names a schema by the simple name of its class, so two request or answer types of one service's
     * controllers with the same simple name would share one schema and one of them would be documented wrongly
     * (types private to a controller are no part of the contract; types of the same name and the same fields are
     * one schema rightly).
     */
    @Test
    void theTypesOfOneServicesControllersHaveDistinctNames() {
        java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
        for (JavaClass c : production) {
            java.util.Optional<JavaClass> enclosing = c.getEnclosingClass();
            if (enclosing.isPresent()
                    && enclosing.get().isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                    && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE)) {
                String service = c.getPackageName().startsWith("nl.netwerkregie.command") ? "command" : "query";
                String fields = c.getFields().stream()
                        .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .map(f -> f.getName() + ":" + f.getRawType().getName())
                        .sorted()
                        .toList()
                        .toString();
                byName.computeIfAbsent(service + ":" + c.getSimpleName(), k -> new java.util.ArrayList<>())
                        .add(fields);
            }
        }
        org.assertj.core.api.Assertions.assertThat(byName.entrySet().stream()
                        .filter(e -> new java.util.HashSet<>(e.getValue()).size() > 1)
                        .map(Object::toString)
                        .toList())
                .isEmpty();
    }

    @Test
    void thePublishedLanguageDependsOnNoFrameworkButAxonsRevision() {
        noClasses()
                .that()
                .resideInAnyPackage("nl.netwerkregie.events..", "nl.netwerkregie.values..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "org.springframework..",
                                "com.fasterxml..",
                                "com.mongodb..",
                                "org.bson..",
                                "jakarta..",
                                "nl.netwerkregie.platform..",
                                "nl.netwerkregie.command..",
                                "nl.netwerkregie.query..")
                        .or(resideInAPackage("org.axonframework..")
                                .and(not(JavaClass.Predicates.equivalentTo(Revision.class)))))
                .check(production);
    }

    @Test
    void aggregatesAndTheirMembersImportNoWebTypes() {
        noClasses()
                .that(EVENT_SOURCED)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "nl.netwerkregie.platform.web..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..")
                .check(production);
        classes()
                .that(EVENT_SOURCED)
                .should()
                .resideInAnyPackage("nl.netwerkregie.command..")
                .check(production);
    }

    @Test
    void domainExceptionsKnowNothingOfTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("nl.netwerkregie.platform.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "nl.netwerkregie.platform.web..")
                .check(production);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("nl.netwerkregie.(command|query).(*)..")
                .should()
                .beFreeOfCycles()
                .check(production);
    }

    /** Within a service, {@code <service>.<feature>}; the service's root package and its shared packages are no feature. */
    private static final Pattern FEATURE = Pattern.compile("nl\\.netwerkregie\\.(command|query)\\.([a-z]+).*");

    private static final java.util.Set<String> SHARED = java.util.Set.of("projection", "aggregates");

    @Test
    void aFeatureUsesAnotherOnlyThroughItsMessagesProjectionOrDirectory() {
        classes()
                .that()
                .resideInAnyPackage("nl.netwerkregie.command..", "nl.netwerkregie.query..")
                .should(
                        new ArchCondition<>(
                                "use another feature only through its public messages (records), *Projection or *Directory types") {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                String from = feature(origin);
                                if (from == null) {
                                    return;
                                }
                                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target = d.getTargetClass();
                                    String to = feature(target);
                                    String top = target.getName().replaceAll("\\$.*", "");
                                    String simple = top.substring(top.lastIndexOf('.') + 1);
                                    boolean message = target.isRecord()
                                            && target.getModifiers().contains(JavaModifier.PUBLIC);
                                    if (to != null
                                            && !to.equals(from)
                                            && !message
                                            && !simple.endsWith("Projection")
                                            && !simple.endsWith("Directory")) {
                                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                    }
                                }
                            }
                        })
                .check(production);
    }

    private static String feature(JavaClass c) {
        Matcher m = FEATURE.matcher(c.getPackageName() + ".");
        if (!m.matches() || SHARED.contains(m.group(2))) {
            return null;
        }
        return m.group(1) + "." + m.group(2);
    }
}
