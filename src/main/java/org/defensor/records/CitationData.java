package org.defensor.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A source that supports a fact, with the excerpt that says so and where in the source it stands. */
public record CitationData(
        @NotNull UUID sourceId,
        @Size(max = Limits.EXCERPT) String excerpt,
        @Size(max = Limits.SHORT) String locator) {}
