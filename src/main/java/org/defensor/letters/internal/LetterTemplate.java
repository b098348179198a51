package org.defensor.letters.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.defensor.letters.TemplateData;
import org.defensor.letters.TemplateKind;

@Entity
@Table(name = "letter_template")
class LetterTemplate {
    @Id
    @Column(name = "template_key")
    String key;
    @Enumerated(EnumType.STRING)
    TemplateKind kind;
    String label;
    String text;
    int position;
    @Version
    long version;

    protected LetterTemplate() {}

    LetterTemplate(String key, TemplateKind kind, int position) {
        this.key = key;
        this.kind = kind;
        this.position = position;
    }

    TemplateData view() {
        return new TemplateData(key, kind, label, text, version);
    }
}
