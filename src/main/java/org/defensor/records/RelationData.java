package org.defensor.records;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This incident stands in a relation (follows, part of, ...) to another. */
public record RelationData(@NotNull UUID incidentId, @NotNull RelationKind kind) {}
