package org.defensor.records;

import java.util.UUID;

/** A person (or group) or an organisation taking part in an act or a proceeding: exactly one of the two. */
public record PartyRef(UUID personId, UUID organisationId) {

    public static PartyRef person(UUID id) {
        return new PartyRef(id, null);
    }

    public static PartyRef organisation(UUID id) {
        return new PartyRef(null, id);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isComplete() {
        return (personId == null) != (organisationId == null);
    }
}
