package org.defensor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ApplicationModulesTests {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        ApplicationModules.of(DefensorApplication.class).verify();
    }
}
