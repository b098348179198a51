package org.defensor.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals text values for the database: AES-256-GCM with the primary key of the {@link ColumnKeyset},
 * written as {@value #PREFIX} + Base64. {@link #open} decrypts with any key of the keyset (so a rotation
 * needs no rewrite) and passes a value without the prefix through as it is: a row written before sealing,
 * or while it is off, stays readable. When sealing is off ({@code defensor.encryption.columns=off}, or
 * {@code auto} on H2, whose file is encrypted), {@link #seal} returns the text and {@link #open} still
 * opens sealed values. Thread-safe; the AEAD primitive is made once per keyset.
 */
public final class ColumnSeal {

    /** What every sealed value starts with; the {@code 1} is the format's version. */
    public static final String PREFIX = "dfs1:";
    private static final byte[] CONTEXT = "defensor-column".getBytes(StandardCharsets.UTF_8);

    private final boolean sealing;
    private volatile ColumnKeyset keys;

    /** {@code keys} may be null when sealing is off and the database has no column keys. */
    public ColumnSeal(boolean sealing, ColumnKeyset keys) {
        if (sealing && keys == null) {
            throw new EncryptionException("sealing columns needs column keys");
        }
        this.sealing = sealing;
        this.keys = keys;
    }

    /** Whether new values are sealed. */
    public boolean sealing() {
        return sealing;
    }

    /** The keys in use; null when sealing is off and the database has none. */
    public ColumnKeyset keys() {
        return keys;
    }

    /** Uses other keys from now on (after a restore or a rotation). */
    public void use(ColumnKeyset keys) {
        if (sealing && keys == null) {
            throw new EncryptionException("sealing columns needs column keys");
        }
        this.keys = keys;
    }

    /** Whether a stored value is sealed. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * The value to store: sealed when sealing is on (null stays null). When off, the text itself;
     * a text that would read as sealed (it starts with {@value #PREFIX}) is sealed all the same when
     * there are keys, and refused when there are none, so that nothing stored is ambiguous.
     */
    public String seal(String text) {
        if (text == null) {
            return null;
        }
        ColumnKeyset current = keys;
        if (!sealing && !isSealed(text)) {
            return text;
        }
        if (current == null) {
            throw new EncryptionException("a text starting with '" + PREFIX + "' cannot be stored while columns are not sealed "
                    + "(defensor.encryption.columns) and the database has no column keys");
        }
        try {
            byte[] sealed = current.aead().encrypt(text.getBytes(StandardCharsets.UTF_8), CONTEXT);
            return PREFIX + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot seal a value: " + e.getMessage(), e);
        }
    }

    /** The text of a stored value: opened if sealed, else as it is (null stays null). */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        ColumnKeyset current = keys;
        if (current == null) {
            throw new EncryptionException("a sealed value was read but the database has no column keys: "
                    + "was the column keyset row removed?");
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new EncryptionException("a sealed value is damaged (not Base64): it was altered in the database", e);
        }
        try {
            return new String(current.aead().decrypt(sealed, CONTEXT), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("a sealed value does not open with the column keys: it was altered in the database, "
                    + "or sealed with other keys", e);
        }
    }

    @Override
    public String toString() {
        return "ColumnSeal(" + (sealing ? "sealing" : "not sealing") + ", " + keys + ")";
    }
}
