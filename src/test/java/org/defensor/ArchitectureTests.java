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

    @Test
    void noEntityCrossesAControllerSignature() {
        noMethods().that().areMetaAnnotatedWith(RequestMapping.class)
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an entity",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Entity.class)))
                .check(classes);
    }
}
