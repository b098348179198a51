package org.defensor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aCommonPasswordIsRefusedWhateverItsLength() {
        assertThat(policy.violations("password1234")).containsExactly("is one of the 20,000 most common passwords; choose another");
        assertThat(policy.violations("PASSWORD1234")).containsExactly("is one of the 20,000 most common passwords; choose another");
    }

    @Test
    void twelveSpacesAreRefusedAsOnlySpaces() {
        assertThat(policy.violations("            ")).containsExactly("must not be only spaces");
    }

    @Test
    void aShortPasswordIsRefusedForItsLength() {
        assertThat(policy.violations("short-pw")).containsExactly("must have at least 12 characters");
        assertThat(policy.violations(null)).containsExactly("must have at least 12 characters");
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(policy.violations("correct-horse-battery")).isEmpty();
        assertThat(policy.violations("tundra kettle 47 marigold")).isEmpty();
    }
}
