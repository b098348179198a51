package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.defensor.encryption.SealedText;
import org.defensor.records.PersonalDetailKind;
import org.defensor.shared.Confidentiality;

/** A personal detail of a person, with the level the clearance filter reads on its row. */
@Embeddable
public record PersonalDetailColumns(@Enumerated(EnumType.STRING) PersonalDetailKind kind,
                                    @Column(name = "detail_value") @Convert(converter = SealedText.class) String value,
                                    @Enumerated(EnumType.STRING) Confidentiality confidentiality) {}
