package org.defensor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library's code generator, as the second factor calls it (time step = seconds / 30), gives
 * the SHA-1 codes of RFC 6238 appendix B; the 6-digit code an app shows is their last six digits.
 */
class TotpCodeTests {

    /** The RFC's SHA-1 key, the ASCII "12345678901234567890", in base32 as authenticator apps take it. */
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924", "2000000000,69279037",
            "20000000000,65353130"})
    void theCodesOfRfc6238AppendixB(long seconds, String expected) throws Exception {
        long step = Math.floorDiv(seconds, JpaSecondFactors.PERIOD_SECONDS);
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 8).generate(RFC_KEY, step)).isEqualTo(expected);
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA1, JpaSecondFactors.DIGITS).generate(RFC_KEY, step))
                .isEqualTo(expected.substring(2));
    }
}
