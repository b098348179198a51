package org.defensor.encryption;

/** A key that is missing, wrong or unreadable, or data that cannot be encrypted or decrypted; the message says what to do. */
public class EncryptionException extends RuntimeException {
    public EncryptionException(String message) {
        super(message);
    }

    public EncryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
