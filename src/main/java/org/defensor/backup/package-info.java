/**
 * Backup and restore: every table of the schema and the stored documents, encrypted with a
 * passphrase; restore into the same schema version, then reindex and verify the audit chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.defensor.backup;
