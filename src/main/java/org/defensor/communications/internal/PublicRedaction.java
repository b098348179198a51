package org.defensor.communications.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.communications.CommunicationData;
import org.defensor.records.ActData;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.NameData;
import org.defensor.records.OrganisationData;
import org.defensor.records.Organisations;
import org.defensor.records.PartyRef;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.Persons;
import org.defensor.records.ProceedingData;
import org.defensor.records.RecordFilter;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.Redaction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Whom the public version of a communication withholds, worked out each time it is rendered from
 * the records as they are now: every person and organisation the communication or its incidents
 * name that may not be named in public ({@link #mayBeNamedInPublic}), and those the communication
 * itself marks. Reads as the system: hiding a name needs the name, whoever asks.
 */
@Component
class PublicRedaction {

    private static final int PAGE = 500;

    private final Persons persons;
    private final Organisations organisations;
    private final Incidents incidents;

    PublicRedaction(Persons persons, Organisations organisations, Incidents incidents) {
        this.persons = persons;
        this.organisations = organisations;
        this.incidents = incidents;
    }

    /**
     * Whether a person may be named in anything public: PUBLIC, not marked for redaction, and
     * (when records hold it) with publication consent given. This is the one place consent plugs in:
     * {@code && p.publicationConsent() == PublicationConsent.GIVEN}.
     */
    static boolean mayBeNamedInPublic(PersonData p) {
        return !p.redactInPublications() && p.confidentiality() == Confidentiality.PUBLIC;
    }

    /** An organisation may be named in public when it is PUBLIC; a RESTRICTED or CONFIDENTIAL one never. */
    static boolean mayBeNamedInPublic(OrganisationData o) {
        return o.confidentiality() == Confidentiality.PUBLIC;
    }

    Redaction of(CommunicationData c) {
        return Clearance.asSystem(() -> {
            Set<UUID> personIds = new LinkedHashSet<>(JpaCommunications.list(c.personIds()));
            Set<UUID> organisationIds = new LinkedHashSet<>(JpaCommunications.list(c.organisationIds()));
            JpaCommunications.list(c.questions()).forEach(q -> personIds.addAll(JpaCommunications.list(q.personIds())));
            Set<UUID> parties = new LinkedHashSet<>();
            for (UUID id : JpaCommunications.list(c.incidentIds())) {
                try {
                    partiesOf(incidents.get(id), parties);
                } catch (RecordNotFoundException gone) {
                    // an incident deleted since: nothing of it is in the letter's assembled parts
                }
            }
            List<Redaction.Name> names = new ArrayList<>();
            Set<UUID> marked = new LinkedHashSet<>(JpaCommunications.list(c.redactPersonIds()));
            for (UUID id : marked) {
                person(id).ifPresent(p -> names.add(name(p)));
            }
            Set<UUID> others = new LinkedHashSet<>(personIds);
            others.addAll(organisationIds);
            others.addAll(parties);
            others.removeAll(marked);
            for (UUID id : others) {
                var p = person(id);
                if (p.isPresent()) {
                    if (!mayBeNamedInPublic(p.get())) {
                        names.add(name(p.get()));
                    }
                    continue;
                }
                organisation(id).filter(o -> !mayBeNamedInPublic(o)).ifPresent(o -> names.add(name(o)));
            }
            return Redaction.of(names);
        });
    }

    /** Every CONFIDENTIAL person and organisation on record: what a publication must never name. */
    Redaction confidential() {
        return Clearance.asSystem(() -> {
            List<Redaction.Name> names = new ArrayList<>();
            Page<PersonData> p;
            int page = 0;
            do {
                p = persons.list(RecordFilter.NONE, PageRequest.of(page++, PAGE));
                p.stream().filter(x -> x.confidentiality() == Confidentiality.CONFIDENTIAL).map(PublicRedaction::name).forEach(names::add);
            } while (p.hasNext());
            Page<OrganisationData> o;
            page = 0;
            do {
                o = organisations.list(RecordFilter.NONE, PageRequest.of(page++, PAGE));
                o.stream().filter(x -> x.confidentiality() == Confidentiality.CONFIDENTIAL).map(PublicRedaction::name).forEach(names::add);
            } while (o.hasNext());
            return Redaction.of(names);
        });
    }

    private static void partiesOf(IncidentData i, Set<UUID> parties) {
        for (ActData a : JpaCommunications.list(i.acts())) {
            JpaCommunications.list(a.victims()).forEach(v -> add(parties, v));
            JpaCommunications.list(a.perpetrators()).forEach(p -> add(parties, p.party()));
        }
        for (ProceedingData p : JpaCommunications.list(i.proceedings())) {
            add(parties, p.filedBy());
            addId(parties, p.authorityId());
            JpaCommunications.list(p.concerning()).forEach(id -> addId(parties, id));
            JpaCommunications.list(p.decisions()).forEach(d -> addId(parties, d.authorityId()));
        }
    }

    private static void add(Set<UUID> parties, PartyRef party) {
        if (party != null) {
            addId(parties, party.personId());
            addId(parties, party.organisationId());
        }
    }

    private static void addId(Set<UUID> parties, UUID id) {
        if (id != null) {
            parties.add(id);
        }
    }

    private java.util.Optional<PersonData> person(UUID id) {
        try {
            return java.util.Optional.of(persons.get(id));
        } catch (RecordNotFoundException notAPerson) {
            return java.util.Optional.empty();
        }
    }

    private java.util.Optional<OrganisationData> organisation(UUID id) {
        try {
            return java.util.Optional.of(organisations.get(id));
        } catch (RecordNotFoundException notAnOrganisation) {
            return java.util.Optional.empty();
        }
    }

    static Redaction.Name name(PersonData p) {
        List<String> spellings = new ArrayList<>(List.of(p.name()));
        JpaCommunications.list(p.otherNames()).stream().map(NameData::name).forEach(spellings::add);
        return new Redaction.Name("person " + p.name() + " (" + p.id() + ", " + p.confidentiality() + ")",
                p.kind() != PersonKind.GROUP, spellings);
    }

    static Redaction.Name name(OrganisationData o) {
        List<String> spellings = new ArrayList<>(List.of(o.name()));
        JpaCommunications.list(o.otherNames()).stream().map(NameData::name).forEach(spellings::add);
        return new Redaction.Name("organisation " + o.name() + " (" + o.id() + ", " + o.confidentiality() + ")", false, spellings);
    }
}
