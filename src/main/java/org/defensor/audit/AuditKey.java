package org.defensor.audit;

/**
 * The secret the chain's HMACs are computed with. It is kept outside the database, so whoever can
 * edit the database cannot recompute the chain; a backup carries it, encrypted with the backup.
 */
public interface AuditKey {

    byte[] secret();

    /** Whether {@link #adopt} can take this key: false when the key is fixed by configuration and differs. */
    boolean replaceable(byte[] secret);

    /** Takes over the key of a restored backup, so its chain verifies here. */
    void adopt(byte[] secret);
}
