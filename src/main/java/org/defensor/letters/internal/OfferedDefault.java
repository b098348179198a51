package org.defensor.letters.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A default template that was offered once (and may since have been removed by an admin). */
@Entity
@Table(name = "letter_template_default")
class OfferedDefault {
    @Id
    @Column(name = "template_key")
    String key;

    protected OfferedDefault() {}

    OfferedDefault(String key) {
        this.key = key;
    }
}
