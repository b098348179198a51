package org.defensor.audit;

/**
 * Verifies the audit trail's hash chain and the records' audited state hashes (what {@code defensor
 * audit verify} reports). A restore calls it on the restored database.
 */
public interface AuditChainVerifier {

    /** Checks every entry of the chain and every tracked record's state against its last write. */
    AuditVerdict verify();

    /** As {@link #verify()}, and also that the chain still holds a head kept elsewhere. */
    AuditVerdict verify(AuditHead kept);

    /** The chain's last entry now. */
    AuditHead head();
}
