package org.defensor.records.internal;

import jakarta.persistence.Embeddable;
import org.defensor.shared.Confidentiality;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A victim of an act, or whoever filed a proceeding: a person or an organisation. */
@Embeddable
public class PartyColumns {
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    Organisation organisation;

    protected PartyColumns() {}

    PartyColumns(Person person, Organisation organisation) {
        this.person = person;
        this.organisation = organisation;
    }

    /** The party's name for a document at {@code level}; none when the party is more confidential. */
    String nameWithin(Confidentiality level) {
        return person != null ? person.nameWithin(level) : organisation != null ? organisation.nameWithin(level) : null;
    }

    String displayName() {
        // Getters, not fields: a lazily loaded person or organisation is a proxy whose own fields stay empty.
        return person != null ? person.getName() : organisation != null ? organisation.getName() : "";
    }
}
