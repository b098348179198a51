package org.defensor.dataset.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.UUID;
import org.defensor.shared.KeyedIds;

/**
 * Reads an id that is either a UUID or a readable key ("person/zhanar-sekerbayeva"); a key becomes
 * the name-based UUID of "defensor:" + key, so equal keys always meet the same record.
 */
class KeyedUuidDeserializer extends StdScalarDeserializer<UUID> {

    KeyedUuidDeserializer() {
        super(UUID.class);
    }

    static UUID fromKey(String key) {
        return KeyedIds.of(key);
    }

    @Override
    public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return (UUID) ctxt.handleUnexpectedToken(UUID.class, p);
        }
        return fromKey(text.strip());
    }
}
