package org.defensor.audit;

/**
 * Verifies the audit trail's hash chain and the records' audited hashes (what {@code defensor audit
 * verify} reports). A restore calls it on the restored database.
 */
public interface AuditChainVerifier {

    AuditVerdict verify();

    /**
     * Used while no module provides a verifier: verifies nothing, and says so in every report. To be
     * replaced by the tamper-evident audit trail's verifier.
     */
    AuditChainVerifier NONE = () -> AuditVerdict.notChecked("no audit chain verifier is installed in this build");
}
