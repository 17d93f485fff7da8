package io.clientlens.app.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's shape, kept by rules (docs/ARCHITECTURE.md): services know nothing of the web edges; pages and REST
 * controllers hold no SQL; refusals live outside the web; features do not depend on each other in circles.
 */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clientlens.app");

    @Test
    void onlyTheWebEdgesDependOnThePages() {
        noClasses().that().resideOutsideOfPackages("..web..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.clientlens.app.web..", "io.clientlens.app.*.web..")
                .check(APP);
    }

    @Test
    void pagesAndControllersHoldNoSql() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .check(APP);
    }

    @Test
    void servicesThrowRefusalsThatLiveOutsideTheWeb() {
        noClasses().that().resideInAPackage("io.clientlens.app.refusal")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework..", "jakarta.servlet..")
                .check(APP);
    }

    @Test
    void sharedPageHelpersDependOnNoFeature() {
        noClasses().that().resideInAPackage("io.clientlens.app.ui")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.clientlens.app.ui", "io.clientlens.code..",
                        "io.clientlens.classify..", "io.clientlens.batch.export..", "java..", "org.springframework..")
                .check(APP);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.clientlens.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    /**
     * The methods (class, or class.method) outside the web edges that may still have a map of objects in their signature,
     * each for its reason; everything else takes and returns records (docs/ARCHITECTURE.md, "Typed service boundary").
     */
    private static final Set<String> MAPS_ALLOWED = Set.of(
            // JSON documents built on purpose, field by field, in the order their readers see
            "io.clientlens.app.needs.NeedsDocument",                   // the needs analysis document: stored and sent as written
            "io.clientlens.app.customer.MaskedProfile.document",       // the masked profile document of the REST API
            "io.clientlens.app.customer.CustomerView.asDocument",      // the customer document of the REST API and `show --format json`
            "io.clientlens.app.needs.ReportModel.of",                  // the needs report's template variables
            // the inputs of an audit record: a JSON document whose shape is the audited action's (docs/SECURITY.md)
            "io.clientlens.app.audit.AuditEntry",
            "io.clientlens.app.audit.AuditRecord",
            "io.clientlens.app.audit.AuditTrail.append",
            "io.clientlens.app.audit.AuditTrail.appendAccess",
            "io.clientlens.app.service.persistence.ServiceAuditLog$Entry",
            "io.clientlens.app.customer.ChangedBy.inputs",
            "io.clientlens.app.customer.ProfileChanges$Change.asMap",
            "io.clientlens.app.customer.CustomerHistory$AuditLine",
            // an assessment's result and answers: the documents stored with it and shown by the API (docs/API.md)
            "io.clientlens.app.suitability.Assessments.result",
            "io.clientlens.app.suitability.AssessmentView",
            // values of any type by nature: a customer's CEL variables, named SQL parameters, Spring properties, a request
            // body whose fields may be text or JSON numbers (read and checked field by field, unknown fields named)
            "io.clientlens.app.analytics.RunCustomers$Customer",
            "io.clientlens.app.analytics.LiveChecks$Rows",
            "io.clientlens.app.service.persistence.TaskStore.scoped",
            "io.clientlens.app.service.persistence.ReferralStore$Visibility.where",
            "io.clientlens.app.config.Launcher.start",
            "io.clientlens.app.needs.NeedInput.newNeed");

    @Test
    void servicesTakeAndReturnRecordsNotMapsOfObjects() {
        List<String> found = new ArrayList<>();
        for (JavaClass c : APP) {
            if (c.getPackageName().matches(".*\\.(web|api)(\\..*)?") || c.isAnnotatedWith(org.springframework.stereotype.Controller.class)
                    || c.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class) || MAPS_ALLOWED.contains(c.getName())) {
                continue;
            }
            Class<?> type = c.reflect();
            for (Method m : type.getDeclaredMethods()) {
                if (m.isSynthetic() || Modifier.isPrivate(m.getModifiers()) || MAPS_ALLOWED.contains(type.getName() + "." + m.getName())) {
                    continue;
                }
                List<Type> signature = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                signature.add(m.getGenericReturnType());
                if (signature.stream().anyMatch(AppArchitectureTest::holdsMapOfObjects)) {
                    found.add(type.getName() + "." + m.getName());
                }
            }
            for (Constructor<?> k : type.getDeclaredConstructors()) {
                if (!k.isSynthetic() && !Modifier.isPrivate(k.getModifiers())
                        && Stream.of(k.getGenericParameterTypes()).anyMatch(AppArchitectureTest::holdsMapOfObjects)) {
                    found.add(type.getName() + ".<init>");
                }
            }
        }
        assertThat(found).as("methods outside the web edges with a map of objects in their signature (records instead, or "
                + "MAPS_ALLOWED with the reason)").isEmpty();
    }

    @Test
    void everyAllowedMapNamesARealMethod() {
        for (String allowed : MAPS_ALLOWED) {
            String type = allowed.matches(".*\\.[a-z][A-Za-z]*$") ? allowed.substring(0, allowed.lastIndexOf('.')) : allowed;
            assertThat(APP.contain(type)).as(allowed).isTrue();
            if (!type.equals(allowed)) {
                String method = allowed.substring(type.length() + 1);
                assertThat(Stream.of(APP.get(type).reflect().getDeclaredMethods()).map(Method::getName)).as(allowed).contains(method);
            }
        }
    }

    /** Whether a type is, or has among its type arguments, a map whose values are Object (or unknown). */
    static boolean holdsMapOfObjects(Type t) {
        if (t instanceof Class<?> k) {
            return Map.class.isAssignableFrom(k) || k.isArray() && holdsMapOfObjects(k.getComponentType());
        }
        if (t instanceof GenericArrayType a) {
            return holdsMapOfObjects(a.getGenericComponentType());
        }
        if (t instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).anyMatch(AppArchitectureTest::holdsMapOfObjects);
        }
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw) && args.length == 2 && isObject(args[1])) {
                return true;
            }
            return Stream.of(args).anyMatch(AppArchitectureTest::holdsMapOfObjects);
        }
        return false;
    }

    private static boolean isObject(Type t) {
        return t == Object.class || t instanceof WildcardType w && w.getLowerBounds().length == 0
                && Stream.of(w.getUpperBounds()).allMatch(b -> b == Object.class)
                || t instanceof TypeVariable<?> v && Stream.of(v.getBounds()).allMatch(b -> b == Object.class);
    }

    @Test
    void theMapRuleSeesMapsOfObjects() throws NoSuchMethodException {
        class Sample {
            Map<String, Object> plain() { return null; }
            List<Map<String, ?>> nested() { return null; }
            void taking(Optional<Map<String, Object>> x) { }
            Map<String, String> strings() { return null; }
            Map<String, List<String>> lists() { return null; }
        }
        assertThat(holdsMapOfObjects(Sample.class.getDeclaredMethod("plain").getGenericReturnType())).isTrue();
        assertThat(holdsMapOfObjects(Sample.class.getDeclaredMethod("nested").getGenericReturnType())).isTrue();
        assertThat(holdsMapOfObjects(Sample.class.getDeclaredMethod("taking", Optional.class).getGenericParameterTypes()[0])).isTrue();
        assertThat(holdsMapOfObjects(Sample.class.getDeclaredMethod("strings").getGenericReturnType())).isFalse();
        assertThat(holdsMapOfObjects(Sample.class.getDeclaredMethod("lists").getGenericReturnType())).isFalse();
    }

    @Test
    void theApplicationUsesTheCoresRoleAndActor() {
        // one role model (io.clientlens.staff.Role) and one Actor, in the core; the application keeps no copy of either
        noClasses().that().areEnums().should().haveSimpleNameEndingWith("Role").check(APP);
        noClasses().should().haveSimpleName("Actor").check(APP);
    }

    @Test
    void theRulesLookAtRealPackages() {
        for (String p : new String[]{"io.clientlens.app.web", "io.clientlens.app.refusal", "io.clientlens.app.suitability",
                "io.clientlens.app.suitability.web", "io.clientlens.app.customer.web", "io.clientlens.app.service.api", "io.clientlens.app.ui",
                "io.clientlens.app.analytics.web", "io.clientlens.app.admin.web", "io.clientlens.app.needs.web"}) {
            assertThat(APP.containPackage(p)).as(p).isTrue();
        }
    }
}
