package dev.helhet.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The one service shape (docs/architecture.md, "Adding a service"): rest → service → domain/repository/projection
 * (rest maps domain and projection objects to its DTOs), messaging → service/repository/projection; no service reaches into another's packages; every operation names
 * its roles; only repositories open a database session; the gateway holds no domain rules.
 */
class ServiceShapeTest {

    static final List<String> SERVICES = List.of("participants", "coordinators", "agreements", "referrals", "statistics", "notifications");
    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.helhet");
    }

    @TestFactory
    Stream<DynamicTest> eachServiceIsLayeredTheSameWay() {
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            String root = "dev.helhet." + service;
            layeredArchitecture().consideringOnlyDependenciesInLayers()
                    .withOptionalLayers(true)
                    .layer("rest").definedBy(root + ".rest..")
                    .layer("service").definedBy(root + ".service..")
                    .layer("messaging").definedBy(root + ".messaging..")
                    .layer("domain").definedBy(root + ".domain..")
                    .layer("repository").definedBy(root + ".repository..")
                    .layer("projection").definedBy(root + ".projection..")
                    .layer("clients").definedBy(root + ".client..")
                    .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                    .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                    .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                    .whereLayer("repository").mayOnlyBeAccessedByLayers("service", "messaging")
                    .whereLayer("clients").mayOnlyBeAccessedByLayers("service")
                    .whereLayer("projection").mayOnlyBeAccessedByLayers("rest", "service", "messaging", "repository")
                    .check(classes);
        }));
    }

    @TestFactory
    Stream<DynamicTest> noServiceReachesIntoAnother() {
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> noClasses()
                .that().resideInAPackage("dev.helhet." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream().filter(other -> !other.equals(service))
                        .map(other -> "dev.helhet." + other + "..").toArray(String[]::new))
                .because("services talk through Kafka topics and HTTP APIs, never through each other's code")
                .check(classes)));
    }

    @Test
    void everyOperationNamesItsRoles() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage(SERVICES.stream().map(s -> "dev.helhet." + s + ".rest..").toArray(String[]::new))
                .should(namesItsRoles())
                .because("@Authenticated lets every signed-in role in, the person included (docs/security.md)")
                .check(classes);
    }

    @Test
    void onlyRepositoriesOpenADatabaseSession() {
        noClasses().that().resideOutsideOfPackages("..repository..", "dev.helhet.common..")
                .should().callMethod(Panache.class, "getSession")
                .because("queries belong in repositories, where the next reader looks for them")
                .check(classes);
    }

    @Test
    void theGatewayHoldsNoDomainRules() {
        noClasses().that().resideInAPackage("dev.helhet.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(SERVICES.stream().map(s -> "dev.helhet." + s + ".."),
                        Stream.of("dev.helhet.careaccess..", "dev.helhet.common..", "jakarta.persistence..", "org.hibernate..")).toArray(String[]::new))
                .because("the gateway routes, signs in and limits; the services decide")
                .check(classes);
    }

    private static ArchCondition<JavaMethod> namesItsRoles() {
        return new ArchCondition<>("name its roles with @RolesAllowed (or say @PermitAll)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean operation = HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith);
                if (!operation) {
                    return;
                }
                boolean named = Stream.of(RolesAllowed.class, PermitAll.class)
                        .anyMatch(annotation -> method.isAnnotatedWith(annotation) || method.getOwner().isAnnotatedWith(annotation));
                if (!named) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " names no roles"));
                }
            }
        };
    }

}
