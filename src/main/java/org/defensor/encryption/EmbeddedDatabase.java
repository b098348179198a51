package org.defensor.encryption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;

/**
 * The embedded H2 database of a data folder ({@code db/defensor.mv.db}), encrypted with H2's AES file
 * encryption and a non-empty user password, both kept under the data keys.
 */
public final class EmbeddedDatabase {

    public static final String NAME = "defensor";
    public static final String USER = "defensor";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private EmbeddedDatabase() {}

    /** The folder of the database files. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("db");
    }

    /** Whether the data folder holds a database written in plaintext (by a version before encryption at rest). */
    public static boolean isPlaintext(Path dataDir) {
        Path file = folder(dataDir).resolve(NAME + ".mv.db");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ENCRYPTED_HEADER.length);
            return !Arrays.equals(start, ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new EncryptionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Encrypts a plaintext database in place (the data folder must not be open): gives its user the
     * password from {@code keys}, then rewrites the file encrypted with the file password from {@code keys}.
     */
    public static void encrypt(Path dataDir, KeyRing keys) {
        if (!isPlaintext(dataDir)) {
            throw new EncryptionException("the database in " + folder(dataDir) + " is missing or already encrypted");
        }
        DatabasePasswords passwords = keys.databasePasswords();
        setUserPassword(url(dataDir, false), "", passwords.userPassword());
        changeFileEncryption(dataDir, null, passwords.filePassword());
    }

    /** Re-encrypts the database with new passwords and keeps them under the current primary data key. */
    public static KeyRing reencrypt(Path dataDir, KeyRing keys) {
        DatabasePasswords old = keys.databasePasswords();
        DatabasePasswords fresh = KeyRing.newDatabasePasswords();
        changeFileEncryption(dataDir, old.filePassword(), fresh.filePassword());
        setUserPassword(url(dataDir, true), fresh.filePassword() + " " + old.userPassword(), fresh.userPassword());
        return keys.withDatabasePasswords(fresh);
    }

    /** The JDBC URL of the data folder's database. */
    public static String url(Path dataDir, boolean encrypted) {
        return "jdbc:h2:file:" + folder(dataDir).resolve(NAME).toAbsolutePath() + (encrypted ? ";CIPHER=AES" : "");
    }

    private static void setUserPassword(String url, String password, String newUserPassword) {
        try (Connection connection = DriverManager.getConnection(url, USER, password);
                Statement statement = connection.createStatement()) {
            // The password is hexadecimal: nothing in it can end the literal.
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + newUserPassword + "'");
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new EncryptionException("cannot open the database in " + url + ": " + e.getMessage(), e);
        }
    }

    private static void changeFileEncryption(Path dataDir, String oldPassword, String newPassword) {
        try {
            ChangeFileEncryption.execute(folder(dataDir).toString(), NAME, "AES", oldPassword == null ? null : oldPassword.toCharArray(),
                    newPassword.toCharArray(), true);
        } catch (SQLException e) {
            throw new EncryptionException("cannot encrypt the database in " + folder(dataDir) + ": " + e.getMessage(), e);
        }
    }
}
