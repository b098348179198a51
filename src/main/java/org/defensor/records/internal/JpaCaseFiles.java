package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.defensor.records.ActData;
import org.defensor.records.CaseFile;
import org.defensor.records.CaseFiles;
import org.defensor.records.CitationData;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.LegalCatalogue;
import org.defensor.records.PartyRef;
import org.defensor.records.ProceedingData;
import org.defensor.records.ProvisionData;
import org.defensor.records.References;
import org.defensor.records.SourceData;
import org.defensor.records.StateResponses;
import org.defensor.shared.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaCaseFiles implements CaseFiles {

    private final EntityManager em;
    private final Incidents incidents;
    private final LegalCatalogue catalogue;
    private final RecordMapper mapper;
    private final ObjectProvider<StateResponses> stateResponses;

    JpaCaseFiles(EntityManager em, Incidents incidents, LegalCatalogue catalogue, RecordMapper mapper,
                 ObjectProvider<StateResponses> stateResponses) {
        this.em = em;
        this.incidents = incidents;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.stateResponses = stateResponses;
    }

    @Override
    public CaseFile caseFile(UUID partyId) {
        Person person = em.find(Person.class, partyId);
        Organisation organisation = person == null ? em.find(Organisation.class, partyId) : null;
        RecordEntity party = person != null ? person : organisation;
        if (party == null) {
            throw new RecordNotFoundException("person or organisation", partyId);
        }
        List<IncidentData> found = incidents.concerning(partyId);
        return new CaseFile(person != null ? "person" : "organisation", partyId,
                person != null ? person.getName() : organisation.getName(), found, references(found), stateResponses(found));
    }

    @Override
    public Map<UUID, StateResponses.OnIncident> stateResponses(List<IncidentData> found) {
        // Without the module that holds communications, nothing was asked.
        StateResponses source = stateResponses.getIfAvailable();
        return source == null ? Map.of() : source.about(found);
    }

    @Override
    public References references(Collection<IncidentData> all) {
        Set<UUID> parties = new HashSet<>();
        Set<UUID> sourceIds = new HashSet<>();
        Set<String> provisionCodes = new HashSet<>();
        for (IncidentData incident : all) {
            incident.sources().forEach(c -> sourceIds.add(c.sourceId()));
            for (ActData act : incident.acts()) {
                act.victims().forEach(v -> addParty(parties, v));
                act.perpetrators().forEach(p -> addParty(parties, p.party()));
                act.sources().forEach(c -> sourceIds.add(c.sourceId()));
                provisionCodes.addAll(act.provisions());
            }
            for (ProceedingData p : incident.proceedings()) {
                addParty(parties, p.filedBy());
                add(parties, p.authorityId());
                parties.addAll(p.concerning());
                p.decisions().forEach(d -> add(parties, d.authorityId()));
                p.sources().stream().map(CitationData::sourceId).forEach(sourceIds::add);
                provisionCodes.addAll(p.provisions());
            }
            incident.relations().forEach(r -> add(parties, r.incidentId()));
        }
        Map<UUID, String> names = new HashMap<>();
        if (!parties.isEmpty()) {
            Stream.of(Person.class, Organisation.class, Incident.class).forEach(type ->
                    em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", RecordEntity.class)
                            .setParameter("ids", parties).getResultList()
                            .forEach(e -> names.put(e.getId(), displayName(e))));
        }
        Map<UUID, SourceData> sources = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            em.createQuery("select s from Source s where s.id in :ids", Source.class)
                    .setParameter("ids", sourceIds).getResultList()
                    .forEach(s -> sources.put(s.id, mapper.view(s)));
        }
        Map<String, ProvisionData> provisions = new HashMap<>();
        provisionCodes.forEach(code -> catalogue.provision(code).ifPresent(p -> provisions.put(code, p)));
        return new References(names, sources, provisions);
    }

    private static String displayName(RecordEntity e) {
        if (e instanceof Person p) {
            return p.getName();
        }
        if (e instanceof Organisation o) {
            return o.getName();
        }
        return ((Incident) e).getTitle();
    }

    private static void addParty(Set<UUID> parties, PartyRef ref) {
        if (ref != null) {
            add(parties, ref.personId());
            add(parties, ref.organisationId());
        }
    }

    private static void add(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
