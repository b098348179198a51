package org.defensor.backup;

import org.defensor.audit.AuditVerdict;

/** What a restore put back, and what the check of the restored audit chain found. */
public record RestoreReport(BackupSummary restored, AuditVerdict auditChain) {}
