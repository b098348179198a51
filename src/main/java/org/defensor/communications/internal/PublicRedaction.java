package org.defensor.communications.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.defensor.communications.CommunicationData;
import org.defensor.records.PartyNames;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.Redaction;
import org.springframework.stereotype.Component;


/**
 * Whom the public version of a communication withholds, worked out each time it is rendered from
 * the records as they are now: every person and organisation the communication or its incidents
 * name that may not be named in public ({@link #mayBeNamedInPublic}), and those the communication
 * itself marks. Reads names with full clearance ({@link PartyNames}): hiding a name needs the name,
 * whoever asks.
 */
@Component
class PublicRedaction {

    private final PartyNames names;

    PublicRedaction(PartyNames names) {
        this.names = names;
    }

    /**
     * Whether a person or organisation may be named in anything public: PUBLIC and not marked for
     * redaction. This is the one place consent plugs in.
     */
    static boolean mayBeNamedInPublic(PartyNames.Party p) {
        return !p.redactInPublications() && p.confidentiality() == Confidentiality.PUBLIC;
    }

    Redaction of(CommunicationData c) {
        Set<UUID> marked = new LinkedHashSet<>(JpaCommunications.list(c.redactPersonIds()));
        Set<UUID> named = new LinkedHashSet<>(marked);
        named.addAll(JpaCommunications.list(c.personIds()));
        named.addAll(JpaCommunications.list(c.organisationIds()));
        named.addAll(JpaCommunications.list(c.incidentIds()));
        JpaCommunications.list(c.questions()).forEach(q -> named.addAll(JpaCommunications.list(q.personIds())));
        return Redaction.of(names.of(named).stream()
                .filter(p -> marked.contains(p.id()) || !mayBeNamedInPublic(p))
                .map(PublicRedaction::name).toList());
    }

    /** Every CONFIDENTIAL person and organisation on record: what a publication must never name. */
    Redaction confidential() {
        return Redaction.of(names.confidential().stream().map(PublicRedaction::name).toList());
    }

    static Redaction.Name name(PartyNames.Party p) {
        return new Redaction.Name((p.organisation() ? "organisation " : "person ") + p.name() + " (" + p.id() + ", "
                + p.confidentiality() + ")", p.individual(), p.spellings());
    }
}
