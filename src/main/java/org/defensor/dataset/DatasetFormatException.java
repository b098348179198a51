package org.defensor.dataset;

/** A dataset document that cannot be read: names the file, the place in it and the reason. */
public class DatasetFormatException extends RuntimeException {
    public DatasetFormatException(String message) {
        super(message);
    }
}
