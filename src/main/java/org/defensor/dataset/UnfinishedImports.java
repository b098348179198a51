package org.defensor.dataset;

import java.util.List;

/**
 * Imports that did not commit (the process was killed, or the machine stopped) found at start through
 * their journal, and rolled back before the server took requests or a command ran.
 */
public interface UnfinishedImports {

    /** One import rolled back at start: its journal's name and how many of the records it lists were there. */
    record RolledBack(String journal, int records) {}

    /** What the start of this application rolled back, oldest first; empty after a clean stop. */
    List<RolledBack> rolledBackAtStart();
}
