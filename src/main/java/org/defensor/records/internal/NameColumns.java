package org.defensor.records.internal;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.defensor.encryption.SealedText;
import org.defensor.records.NameKind;

/** Another name of a person or organisation. */
@Embeddable
public record NameColumns(@Convert(converter = SealedText.class) String name, @Enumerated(EnumType.STRING) NameKind kind) {}
