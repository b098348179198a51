package org.defensor.shared;

/** A record that does not exist, or that the caller may not see (the two are indistinguishable on purpose). */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id);
    }
}
