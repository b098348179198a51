package org.defensor.audit;

import java.util.regex.Pattern;

/**
 * The chain's last entry: its sequence number and hash. Kept outside the database (printed by
 * {@code defensor audit head}), it shows entries cut from the end of the chain.
 */
public record AuditHead(long seq, String hash) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):([0-9a-f]{64})?");

    /** Reads the form {@code SEQ:HASH} that {@link #toString()} writes. */
    public static AuditHead of(String text) {
        var m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("an audit head is SEQ:HASH, a number and 64 hexadecimal digits (as `defensor audit head` prints it)");
        }
        return new AuditHead(Long.parseLong(m.group(1)), m.group(2) == null ? "" : m.group(2));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
