package org.defensor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.defensor");

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        methods().that().areMetaAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("security is declared, not implied: each handler states its access rule")
                .check(classes);
    }

    /** Entities that hold no case material, so no clearance filter: each says why. */
    private static final java.util.Map<String, String> UNCLASSIFIED = java.util.Map.of(
            "LegalInstrument", "the public legal catalogue",
            "LegalProvision", "the public legal catalogue",
            "LetterTemplate", "the wording of letters, no record in it",
            "OfferedDefault", "which default template was offered, no record in it",
            "AuditEvent", "read by admins only, and by the history of a record already checked for clearance",
            "Mandate", "the public catalogue of UN mandates",
            "AppUser", "accounts, admins only",
            "ApiToken", "tokens, their owner and admins only",
            "RecoveryCode", "hashes of second-factor recovery codes, checked at sign-in only",
            "SecuritySetting", "server settings such as a mandatory second factor, admins only");

    private static boolean filtered(com.tngtech.archunit.core.domain.JavaClass type) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(type), type.getAllRawSuperclasses().stream())
                .anyMatch(c -> c.isAnnotatedWith(org.hibernate.annotations.Filter.class)
                        && c.getAnnotationOfType(org.hibernate.annotations.Filter.class).name().equals(org.defensor.clearance.ClearanceFilter.NAME));
    }

    @Test
    void everyEntityHoldingCaseMaterialIsReadThroughTheClearanceFilter() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().areAnnotatedWith(Entity.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("carry the clearance filter, or be listed as unclassified with the reason") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!filtered(type) && !UNCLASSIFIED.containsKey(type.getSimpleName())) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type, type.getName()
                                    + " is read without the clearance filter: a new read path would show every row to everyone"));
                        }
                    }
                })
                .because("one clearance policy applies to every read, so no read path can forget it (ADR 007)")
                .check(classes);
    }

    @Test
    void everyCollectionOfPartsWithALevelOrACitedSourceIsFilteredRowByRow() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().areAnnotatedWith(jakarta.persistence.ElementCollection.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("carry the clearance filter when its rows have a level or cite a source") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaField field, com.tngtech.archunit.lang.ConditionEvents events) {
                        var elements = field.reflect().getGenericType() instanceof java.lang.reflect.ParameterizedType list
                                ? (Class<?>) list.getActualTypeArguments()[0] : Object.class;
                        boolean classified = elements.isRecord() && java.util.Arrays.stream(elements.getRecordComponents())
                                .anyMatch(c -> c.getName().equals("confidentiality") || c.getName().equals("sourceId"));
                        if (classified && !field.isAnnotatedWith(org.hibernate.annotations.Filter.class)) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(field, field.getFullName()
                                    + " holds rows with a level or a cited source but is read without the clearance filter"));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void noControllerLiftsTheClearanceOrReadsTheDatabaseBehindIt() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("..web..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("lifts the clearance",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(org.defensor.clearance.ClearanceFilter.class)
                                || (call.getTargetOwner().isEquivalentTo(org.defensor.shared.Clearance.class) && call.getName().equals("asSystem"))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .because("a request is answered at the caller's clearance; only start-up, the command line and classification lift it")
                .check(classes);
    }

    /** A nested class counts as the class it is declared in. */
    private static String topLevelName(com.tngtech.archunit.core.domain.JavaClass c) {
        return c.getName().substring(c.getPackageName().length() + 1).replaceAll("\\$.*", "");
    }

    @Test
    void onlyClassificationLiftsTheClearanceFilterAndOnlyKnownClassesReadTheDatabaseWithoutIt() {
        // Each reads levels, ids or names for redaction (scalar queries), copies whole tables as an admin,
        // or writes the audit chain and hashes records' rows for it (digests only ever leave it).
        java.util.Set<String> classifying = java.util.Set.of("CommunicationLevels", "RecordClassification", "RecordPartyNames", "RecommendationLevels");
        // JdbcImportRollback deletes, at start, the rows an import that did not commit left (and reads only ids and keys).
        // DatabaseColumnKeys reads and writes the column keyset row and seals plaintext values in place (ADR 012);
        // JdbcTokenSignIn reads a bearer token with its account (tables without a level) on each API request;
        // Dismissals reads and writes dismissed suggestions and reads which recommendations link a record (ids only).
        java.util.Set<String> rawSql = java.util.Set.of("JdbcRecordIds", "JdbcBackups", "AuditChain", "StateHashes", "JdbcImportRollback",
                "DatabaseColumnKeys", "JdbcTokenSignIn", "Dismissals");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("are not known classifiers",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !classifying.contains(c.getSimpleName().replaceAll("\\$.*", ""))
                                && !c.getPackageName().equals("org.defensor.clearance")))
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("ClearanceFilter.classifying",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(org.defensor.clearance.ClearanceFilter.class)
                                && call.getName().equals("classifying")))
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("are not known raw readers",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !rawSql.contains(topLevelName(c))))
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a native SQL query",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getName().equals("createNativeQuery")))
                .because("SQL run past Hibernate is not filtered by the clearance policy")
                .check(classes);
    }

    @Test
    void recordsNeitherMatchNorSortNamesWithCriteriaQueries() {
        // Names, titles and prose may be stored encrypted: lists match, sort and count them in the index (ADR 013).
        java.util.Set<String> textual = java.util.Set.of("like", "notLike", "lower", "upper", "asc", "desc", "locate", "substring");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.defensor.records..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a text comparison or an order in a criteria query",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(jakarta.persistence.criteria.CriteriaBuilder.class)
                                && textual.contains(call.getName())))
                .because("SQL cannot compare or order encrypted columns; record lists are index queries")
                .check(classes);
    }

    @Test
    void noEntityCrossesAControllerSignature() {
        noMethods().that().areMetaAnnotatedWith(RequestMapping.class)
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an entity",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Entity.class)))
                .check(classes);
    }
}
