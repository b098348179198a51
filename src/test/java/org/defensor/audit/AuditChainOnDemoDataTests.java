package org.defensor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Every record the demo loads (records, communications, replies, mandates) is written through an audited write. */
@TestPropertySource(properties = {"defensor.demo=true"})
class AuditChainOnDemoDataTests extends ServerTest {

    @Autowired
    AuditChainVerifier verifier;

    @Test
    void theDemoDataAsLoadedVerifies() {
        AuditVerdict verdict = verifier.verify();
        assertThat(verdict.problems()).isEmpty();
        assertThat(verifier.head().seq()).isGreaterThan(200);
    }
}
