package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.defensor.encryption.SealedText;

/** The source and excerpt that support a fact. */
@Embeddable
public record CitationColumns(@Column(name = "source_id") UUID sourceId,
                              @Convert(converter = SealedText.class) String excerpt,
                              @Convert(converter = SealedText.class) String locator) {}
