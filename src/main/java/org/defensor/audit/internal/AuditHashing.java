package org.defensor.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The chain's HMAC and the SHA-256 digests of record states. */
final class AuditHashing {

    private AuditHashing() {}

    /**
     * HMAC-SHA256 over every field of the entry but its own hash, each prefixed by its length, so that
     * no two entries can be cut into the same bytes. {@code at} counts microseconds: both databases
     * store no finer.
     */
    static String hmac(byte[] key, AuditRow row) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String field : new String[] {String.valueOf(row.seq()), row.prevHash(), micros(row.at()), row.actor(), row.action(),
                    row.recordType(), row.recordId(), row.changes(), row.stateHash(), String.valueOf(row.read())}) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                mac.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String micros(java.time.Instant at) {
        return at.getEpochSecond() + "." + at.getNano() / 1000;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
