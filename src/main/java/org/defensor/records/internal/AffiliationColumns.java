package org.defensor.records.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.UUID;
import org.defensor.encryption.SealedText;

/** A person's tie to an organisation. */
@Embeddable
public record AffiliationColumns(
        @Column(name = "organisation_id") UUID organisationId,
        @Convert(converter = SealedText.class) String role,
        @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "start_value"))
        @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
        DateColumns start,
        @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "end_value"))
        @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
        DateColumns end) {}
