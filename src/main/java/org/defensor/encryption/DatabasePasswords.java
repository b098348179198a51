package org.defensor.encryption;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The embedded database's file encryption password and its user's password: random, kept under the data keys. */
public record DatabasePasswords(String filePassword, String userPassword) {

    static DatabasePasswords generate() {
        SecureRandom random = new SecureRandom();
        byte[] file = new byte[32];
        byte[] user = new byte[32];
        random.nextBytes(file);
        random.nextBytes(user);
        return new DatabasePasswords(HexFormat.of().formatHex(file), HexFormat.of().formatHex(user));
    }

    /** What H2 takes as the password of an encrypted database: the file password, a space, the user's password. */
    public String h2Password() {
        return filePassword + " " + userPassword;
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
