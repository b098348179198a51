package org.defensor.communications.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.defensor.communications.AnswerData;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.ReplyData;
import org.defensor.mandates.Mandates;
import org.defensor.records.Incidents;
import org.defensor.records.Organisations;
import org.defensor.records.Persons;
import org.defensor.web.FormText;
import org.springframework.stereotype.Component;

/** The names pages show for the ids a communication and its replies refer to (mandates, incidents, persons, organisations). */
@Component
class RecordNames {

    private final Mandates mandates;
    private final Incidents incidents;
    private final Persons persons;
    private final Organisations organisations;

    RecordNames(Mandates mandates, Incidents incidents, Persons persons, Organisations organisations) {
        this.mandates = mandates;
        this.incidents = incidents;
        this.persons = persons;
        this.organisations = organisations;
    }

    Map<UUID, String> of(CommunicationData c, Collection<ReplyData> replies) {
        Map<UUID, String> names = new LinkedHashMap<>();
        FormText.orEmpty(c.mandateIds()).forEach(id -> names.put(id, mandates.get(id).shortName()));
        FormText.orEmpty(c.incidentIds()).forEach(id -> names.put(id, incidents.displayName(id)));
        FormText.orEmpty(c.personIds()).forEach(id -> names.put(id, persons.displayName(id)));
        FormText.orEmpty(c.redactPersonIds()).forEach(id -> names.computeIfAbsent(id, persons::displayName));
        FormText.orEmpty(c.organisationIds()).forEach(id -> names.put(id, organisations.displayName(id)));
        replies.stream().flatMap(r -> FormText.orEmpty(r.answers()).stream()).map(AnswerData::incidentIds)
                .flatMap(ids -> FormText.orEmpty(ids).stream()).forEach(id -> names.computeIfAbsent(id, incidents::displayName));
        return names;
    }
}
