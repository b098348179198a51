package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The source and excerpt that support a fact. */
@Embeddable
public record CitationColumns(@Column(name = "source_id") UUID sourceId, String excerpt, String locator) {}
