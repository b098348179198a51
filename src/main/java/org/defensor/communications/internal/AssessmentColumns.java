package org.defensor.communications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.defensor.communications.Assessment;
import org.defensor.encryption.SealedText;

/** The assessment of one question in a reply. */
@Embeddable
class AssessmentColumns {

    @Column(name = "question_number")
    int question;

    @Enumerated(EnumType.STRING)
    Assessment assessment;

    @Convert(converter = SealedText.class)
    String note;

    protected AssessmentColumns() {}

    AssessmentColumns(int question, Assessment assessment, String note) {
        this.question = question;
        this.assessment = assessment;
        this.note = note;
    }
}
