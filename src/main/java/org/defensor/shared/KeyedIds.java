package org.defensor.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of hand-written sample data: a readable key ("person/zhanar-sekerbayeva") always gives the
 * same UUID, so files can refer to each other's records by key. A UUID stays itself.
 */
public final class KeyedIds {

    private KeyedIds() {}

    public static UUID of(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(("defensor:" + key).getBytes(StandardCharsets.UTF_8));
        }
    }
}
