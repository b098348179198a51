package org.defensor.records;

import java.util.Map;
import java.util.UUID;

/**
 * Names of the persons and organisations a set of incidents refers to, their sources and the
 * provisions their acts are qualified against. A record the reader may not see shows as
 * "(confidential)".
 */
public record References(Map<UUID, String> names, Map<UUID, SourceData> sources, Map<String, ProvisionData> provisions) {

    public String name(UUID id) {
        return id == null ? "" : names.getOrDefault(id, "(confidential)");
    }

    public String party(PartyRef party) {
        return party == null ? "" : name(party.personId() != null ? party.personId() : party.organisationId());
    }

    public String citation(String provisionCode) {
        ProvisionData p = provisions.get(provisionCode);
        return p == null ? provisionCode : p.citation();
    }
}
