package org.defensor.records;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A perpetrator's part in an act: who, how far involved, and what kind of perpetrator. */
public record InvolvementData(
        UUID personId,
        UUID organisationId,
        InvolvementDegree degree,
        PerpetratorType perpetratorType,
        @Size(max = Limits.NOTE) String note) {

    public PartyRef party() {
        return new PartyRef(personId, organisationId);
    }
}
