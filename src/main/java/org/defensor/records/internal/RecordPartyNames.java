package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.records.PartyNames;
import org.defensor.records.PersonKind;
import org.defensor.shared.Confidentiality;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scalar reads with the clearance filter lifted (no entity enters the persistence context). */
@Service
@Transactional(readOnly = true)
class RecordPartyNames implements PartyNames {

    private static final String PERSONS = "select p.id, p.name, p.kind, p.confidentiality, p.redactInPublications from Person p";
    private static final String ORGANISATIONS = "select o.id, o.name, o.confidentiality from Organisation o";

    private final EntityManager em;

    RecordPartyNames(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Party> of(Collection<UUID> ids) {
        Set<UUID> given = new HashSet<>(ids);
        given.remove(null);
        if (given.isEmpty()) {
            return List.of();
        }
        return ClearanceFilter.classifying(em, () -> {
            Set<UUID> all = new HashSet<>(given);
            all.addAll(RecordClassification.partiesOf(em, given));
            return read(" where p.id in :ids", " where o.id in :ids", "ids", all);
        });
    }

    @Override
    public List<Party> confidential() {
        return ClearanceFilter.classifying(em, () -> read(" where p.confidentiality = :level", " where o.confidentiality = :level",
                "level", Confidentiality.CONFIDENTIAL));
    }

    private List<Party> read(String personWhere, String organisationWhere, String parameter, Object value) {
        Map<UUID, List<String>> personNames = otherNames("select p.id, n.name from Person p join p.otherNames n" + personWhere,
                parameter, value);
        Map<UUID, List<String>> organisationNames = otherNames("select o.id, n.name from Organisation o join o.otherNames n"
                + organisationWhere, parameter, value);
        List<Party> parties = new ArrayList<>();
        for (Object[] row : em.createQuery(PERSONS + personWhere, Object[].class).setParameter(parameter, value).getResultList()) {
            UUID id = (UUID) row[0];
            parties.add(new Party(id, false, row[2] != PersonKind.GROUP, (String) row[1], personNames.getOrDefault(id, List.of()),
                    (Confidentiality) row[3], (Boolean) row[4]));
        }
        for (Object[] row : em.createQuery(ORGANISATIONS + organisationWhere, Object[].class).setParameter(parameter, value)
                .getResultList()) {
            UUID id = (UUID) row[0];
            parties.add(new Party(id, true, false, (String) row[1], organisationNames.getOrDefault(id, List.of()),
                    (Confidentiality) row[2], false));
        }
        return parties;
    }

    private Map<UUID, List<String>> otherNames(String query, String parameter, Object value) {
        Map<UUID, List<String>> names = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter(parameter, value).getResultList()
                .forEach(row -> names.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return names;
    }
}
