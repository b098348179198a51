package org.defensor.shared;

/** A record other records still refer to, which therefore cannot be deleted. */
public class RecordInUseException extends RuntimeException {
    public RecordInUseException(String kind, Object id) {
        super("The " + kind + " " + id + " cannot be deleted: incidents or other records still refer to it. "
                + "Remove those references first.");
    }
}
